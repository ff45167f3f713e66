import { NeedSearchDocument, ResultSearchDocument } from '../search-documents';

export interface LoadedDocuments<D> {
  /** Documents of the ids that are searchable now (published, public or teaser fields only). */
  docs: D[];
  /** Ids that must not be in the index (withdrawn, closed, deleted, never published). */
  missing: string[];
}

/**
 * Where index documents come from: implemented by the owner of the data (the catalog). The
 * indexer never receives documents from events, only ids, and loads their current state, so
 * events may arrive twice or out of order without harm.
 */
export abstract class SearchDocumentSource {
  abstract loadResults(ids: string[]): Promise<LoadedDocuments<ResultSearchDocument>>;
  abstract loadNeeds(ids: string[]): Promise<LoadedDocuments<NeedSearchDocument>>;
  /** Every searchable result, page by page (for rebuilds). */
  abstract scanResults(batchSize: number): AsyncIterable<ResultSearchDocument[]>;
  abstract scanNeeds(batchSize: number): AsyncIterable<NeedSearchDocument[]>;
}
