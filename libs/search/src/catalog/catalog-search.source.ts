import { Injectable } from '@nestjs/common';
import { CatalogIndexProjection, NeedIndexDocument, ResultIndexDocument } from '@techbridge/catalog';

import { LoadedDocuments, SearchDocumentSource } from '../indexing/search-document-source';
import { NeedSearchDocument, ResultSearchDocument, SearchIndexName } from '../search-documents';
import { needSearchDocument, resultSearchDocument } from './catalog-documents';

/**
 * The catalog as the source of index documents. What is searchable is the projection's
 * `indexable` verdict (a listed status — results PUBLISHED; needs PUBLISHED, IN_NEGOTIATION,
 * SOLVED — and not PRIVATE); everything else is reported missing, so the indexer deletes it.
 */
@Injectable()
export class CatalogSearchSource extends SearchDocumentSource {
  constructor(private readonly projection: CatalogIndexProjection) {
    super();
  }

  async loadResults(ids: string[]): Promise<LoadedDocuments<ResultSearchDocument>> {
    return split(ids, await this.projection.resultDocuments(ids), resultSearchDocument);
  }

  async loadNeeds(ids: string[]): Promise<LoadedDocuments<NeedSearchDocument>> {
    return split(ids, await this.projection.needDocuments(ids), needSearchDocument);
  }

  scanResults(batchSize: number): AsyncIterable<ResultSearchDocument[]> {
    return scan(batchSize, (after, limit) => this.projection.resultDocumentsAfter(after, limit), resultSearchDocument);
  }

  scanNeeds(batchSize: number): AsyncIterable<NeedSearchDocument[]> {
    return scan(batchSize, (after, limit) => this.projection.needDocumentsAfter(after, limit), needSearchDocument);
  }

  /** How many documents a full scan yields (for a progress bar; may drift while writes go on). */
  async count(index: SearchIndexName): Promise<number> {
    return this.projection.indexableCount(index);
  }
}

function split<R extends ResultIndexDocument | NeedIndexDocument, D extends { id: string }>(
  ids: string[],
  rows: R[],
  toDocument: (row: R) => D,
): LoadedDocuments<D> {
  const docs = rows.filter((row) => row.indexable).map(toDocument);
  const found = new Set(docs.map((doc) => doc.id));
  return { docs, missing: ids.filter((id) => !found.has(id)) };
}

async function* scan<R extends ResultIndexDocument | NeedIndexDocument, D>(
  batchSize: number,
  page: (afterId: string | null, limit: number) => Promise<R[]>,
  toDocument: (row: R) => D,
): AsyncIterable<D[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await page(after, batchSize);
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    const docs = rows.filter((row) => row.indexable).map(toDocument);
    if (docs.length > 0) yield docs;
    if (rows.length < batchSize) return;
  }
}
