import { invalidField } from '@techbridge/platform';

import { SearchIndexName } from './search-documents';
import { NeedSearchFilters, ResultSearchFilters, SearchFilters } from './search-engine';

/**
 * Typed filters reduced to a few condition shapes that each adapter renders in its own
 * language (parameterised SQL, Meilisearch filter expressions). User values only ever travel
 * as values, never as syntax.
 */
export type FilterCondition =
  /** The scalar attribute equals one of the values. */
  | { kind: 'in'; attribute: string; values: string[] }
  /** The array attribute holds at least one of the values. */
  | { kind: 'overlaps'; attribute: string; values: string[] }
  | { kind: 'equals'; attribute: string; value: string | boolean }
  /** A null or missing attribute never passes a bound. */
  | { kind: 'bound'; attribute: string; op: '>=' | '<='; value: number };

function list(attribute: string, values: string[] | undefined, kind: 'in' | 'overlaps' = 'in'): FilterCondition[] {
  // An empty list is "no constraint", as GraphQL clients send it.
  return values && values.length > 0 ? [{ kind, attribute, values: [...new Set(values)] }] : [];
}

function bound(attribute: string, op: '>=' | '<=', value: number | undefined, field: string): FilterCondition[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidField(`input.filter.${field}`, `${field} must be a finite number`);
  return [{ kind: 'bound', attribute, op, value }];
}

function equals(attribute: string, value: string | boolean | undefined | null): FilterCondition[] {
  return value === undefined || value === null ? [] : [{ kind: 'equals', attribute, value }];
}

function resultConditions(filters: ResultSearchFilters): FilterCondition[] {
  return [
    ...list('resultClass', filters.resultClass),
    ...list('fieldCode', filters.fieldCodes),
    ...list('chainCode', filters.chainCodes),
    ...bound('trl', '>=', filters.minTrl, 'minTrl'),
    ...bound('trl', '<=', filters.maxTrl, 'maxTrl'),
    ...list('transferModes', filters.transferModes, 'overlaps'),
    ...bound('priceMin', '<=', filters.maxPrice, 'maxPrice'),
    ...equals('district', filters.district),
    ...equals('needsPilot', filters.needsPilot),
    ...equals('ownerId', filters.ownerId),
    ...list('visibility', filters.visibility),
  ];
}

function needConditions(filters: NeedSearchFilters): FilterCondition[] {
  return [
    ...list('fieldCode', filters.fieldCodes),
    ...list('chainCode', filters.chainCodes),
    ...bound('budgetMax', '>=', filters.minBudget, 'minBudget'),
    ...equals('collective', filters.collective),
    ...equals('funded', filters.funded),
    ...list('status', filters.status),
    ...equals('enterpriseId', filters.enterpriseId),
    ...equals('district', filters.district),
    ...list('visibility', filters.visibility),
  ];
}

export function filterConditions<I extends SearchIndexName>(index: I, filters: SearchFilters[I] | undefined): FilterCondition[] {
  if (!filters) return [];
  return index === 'results' ? resultConditions(filters as ResultSearchFilters) : needConditions(filters as NeedSearchFilters);
}
