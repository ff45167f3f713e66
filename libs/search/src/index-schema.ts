import { SearchIndexName } from './search-documents';

export type ColumnType = 'uuid' | 'text' | 'text[]' | 'smallint' | 'numeric' | 'boolean' | 'epoch_ms';

export interface ColumnSpec {
  attribute: string;
  column: string;
  type: ColumnType;
}

export interface IndexSchema {
  table: string;
  columns: ColumnSpec[];
  /** The attribute PRICE_ASC / PRICE_DESC sort on. */
  priceAttribute: string;
  /** The owning organization's id, returned with each hit. */
  ownerAttribute: string;
}

const col = (attribute: string, column: string, type: ColumnType): ColumnSpec => ({ attribute, column, type });

/** How each index's documents map onto the embedded engine's tables. */
export const INDEX_SCHEMAS: Record<SearchIndexName, IndexSchema> = {
  results: {
    table: 'search_result_doc',
    priceAttribute: 'priceMin',
    ownerAttribute: 'ownerId',
    columns: [
      col('id', 'id', 'uuid'),
      col('title', 'title', 'text'),
      col('summary', 'summary', 'text'),
      col('keywords', 'keywords', 'text[]'),
      col('resultClass', 'result_class', 'text'),
      col('fieldCode', 'field_code', 'text'),
      col('chainCode', 'chain_code', 'text'),
      col('trl', 'trl', 'smallint'),
      col('transferModes', 'transfer_modes', 'text[]'),
      col('priceMin', 'price_min', 'numeric'),
      col('priceMax', 'price_max', 'numeric'),
      col('negotiable', 'negotiable', 'boolean'),
      col('needsPilot', 'needs_pilot', 'boolean'),
      col('district', 'district', 'text'),
      col('ownerId', 'owner_id', 'uuid'),
      col('ownerName', 'owner_name', 'text'),
      col('visibility', 'visibility', 'text'),
      col('publishedAt', 'published_at', 'epoch_ms'),
    ],
  },
  needs: {
    table: 'search_need_doc',
    priceAttribute: 'budgetMin',
    ownerAttribute: 'enterpriseId',
    columns: [
      col('id', 'id', 'uuid'),
      col('title', 'title', 'text'),
      col('summary', 'summary', 'text'),
      col('keywords', 'keywords', 'text[]'),
      col('fieldCode', 'field_code', 'text'),
      col('chainCode', 'chain_code', 'text'),
      col('minTrl', 'min_trl', 'smallint'),
      col('budgetMin', 'budget_min', 'numeric'),
      col('budgetMax', 'budget_max', 'numeric'),
      col('collective', 'collective', 'boolean'),
      col('funded', 'funded', 'boolean'),
      col('status', 'status', 'text'),
      col('enterpriseId', 'enterprise_id', 'uuid'),
      col('enterpriseName', 'enterprise_name', 'text'),
      col('district', 'district', 'text'),
      col('visibility', 'visibility', 'text'),
      col('publishedAt', 'published_at', 'epoch_ms'),
    ],
  },
};

export function columnOf(index: SearchIndexName, attribute: string): ColumnSpec {
  const spec = INDEX_SCHEMAS[index].columns.find((column) => column.attribute === attribute);
  if (!spec) throw new Error(`No attribute ${attribute} in index ${index}`);
  return spec;
}

/**
 * Exactly the attributes of the index's document shape, whatever else the given object carries:
 * a source that spreads a whole entity (description included) still sends nothing more.
 */
export function pickDocument(index: SearchIndexName, doc: object): Record<string, unknown> {
  const record = doc as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const column of INDEX_SCHEMAS[index].columns) out[column.attribute] = record[column.attribute] ?? null;
  return out;
}
