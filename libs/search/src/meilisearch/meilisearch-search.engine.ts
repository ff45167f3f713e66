import { Logger } from '@nestjs/common';
import type * as Meili from 'meilisearch' with { 'resolution-mode': 'import' };

import { filterConditions } from '../filter-conditions';
import { escapeHtml, HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../highlight';
import { INDEX_SCHEMAS, pickDocument } from '../index-schema';
import { SEARCH_INDEXES, SearchDocuments, SearchIndexName } from '../search-documents';
import { normalizePaging, orderFacetValues, SearchEngine, SearchEngineHealth, SearchRequest, SearchResponse, SearchSortKey } from '../search-engine';
import { Segmenter } from '../segmentation/segmenter.service';
import { SearchSynonyms } from '../synonyms';
import { meilisearchFilter } from './meilisearch-filter';
import { meilisearchSettings } from './meilisearch-settings';

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** Prepended to index names (tests use a unique one per run). */
  indexPrefix?: string;
  /** Documents per addDocuments call. */
  batchSize?: number;
  /** How long to wait for one task. */
  taskTimeoutMs?: number;
  requestTimeoutMs?: number;
}

/** A Meilisearch task that ended failed or canceled. */
export class SearchTaskError extends Error {
  constructor(readonly task: Pick<Task, 'uid' | 'type' | 'status' | 'error'>) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
    this.name = 'SearchTaskError';
  }
}

// The package's types are declared as ES modules while it ships a CommonJS build: take the
// types from the former and the class from the latter.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MeiliSearch } = require('meilisearch') as typeof Meili;
type Task = Meili.Task;

// Markers that cannot occur in stored text: the formatted text is escaped, then they become <em>.
const PRE = '\u0002';
const POST = '\u0003';

/**
 * The production engine. Settings are applied at boot and waited on; every write waits for
 * its task and turns a failed task into an error, so a job that wrote to the index has really
 * been indexed (or fails and is retried).
 */
export class MeilisearchSearchEngine extends SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meili.MeiliSearch;
  private readonly prefix: string;
  private readonly batchSize: number;
  private readonly taskTimeoutMs: number;
  /** The synonym-set version the indexes' `synonyms` setting holds (null: not applied yet). */
  private appliedSynonyms: string | null = null;
  private applying: Promise<void> | null = null;

  constructor(
    options: MeilisearchOptions,
    private readonly segmenter: Segmenter,
    private readonly synonyms: SearchSynonyms = new SearchSynonyms(),
  ) {
    super();
    this.client = new MeiliSearch({ host: options.host, apiKey: options.apiKey, timeout: options.requestTimeoutMs ?? 10_000 });
    this.prefix = options.indexPrefix ?? '';
    this.batchSize = options.batchSize ?? 1000;
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
  }

  uid(index: SearchIndexName): string {
    return `${this.prefix}${index}`;
  }

  private async settle(pending: Promise<Task>, tolerate?: string): Promise<Task> {
    const task = await pending;
    if (task.status === 'failed' || task.status === 'canceled') {
      if (tolerate && task.error?.code === tolerate) return task;
      throw new SearchTaskError(task);
    }
    return task;
  }

  async ensureIndexes(): Promise<void> {
    const version = this.synonyms.version;
    const synonyms = this.synonyms.meilisearch();
    for (const index of SEARCH_INDEXES) {
      await this.settle(this.client.createIndex(this.uid(index), { primaryKey: 'id' }).waitTask({ timeout: this.taskTimeoutMs }), 'index_already_exists');
      await this.settle(this.client.index(this.uid(index)).updateSettings(meilisearchSettings(index, synonyms)).waitTask({ timeout: this.taskTimeoutMs }));
    }
    this.appliedSynonyms = version;
  }

  /**
   * Re-applies the `synonyms` setting when the set in use has a newer version than the indexes
   * hold (a concept dictionary publication, here or in another process). Every process does it
   * once per version; the setting is the same, so the extra tasks change nothing. Synonyms apply
   * at query time: no document is indexed again. A failure leaves the old setting and is tried
   * again on the next search.
   */
  private async syncSynonyms(): Promise<void> {
    await this.synonyms.refresh();
    if (this.appliedSynonyms === null || this.appliedSynonyms === this.synonyms.version) return;
    this.applying ??= (async () => {
      const version = this.synonyms.version;
      const synonyms = this.synonyms.meilisearch();
      for (const index of SEARCH_INDEXES) {
        await this.settle(this.client.index(this.uid(index)).updateSynonyms(synonyms).waitTask({ timeout: this.taskTimeoutMs }));
      }
      this.appliedSynonyms = version;
    })()
      .catch((error: Error) => new Logger('Search').error(`Meilisearch synonyms not updated (${error.message}); trying again on the next search`))
      .finally(() => (this.applying = null));
    await this.applying;
  }

  async upsert<I extends SearchIndexName>(index: I, docs: SearchDocuments[I][]): Promise<void> {
    if (docs.length === 0) return;
    const target = this.client.index(this.uid(index));
    // Enqueue every batch first, then wait: Meilisearch merges consecutive additions.
    const enqueued = [];
    for (let start = 0; start < docs.length; start += this.batchSize) {
      enqueued.push(
        await target.addDocuments(
          docs.slice(start, start + this.batchSize).map((doc) => pickDocument(index, doc)),
          { primaryKey: 'id' },
        ),
      );
    }
    for (const task of enqueued) await this.settle(this.client.tasks.waitForTask(task.taskUid, { timeout: this.taskTimeoutMs }));
  }

  async delete(index: SearchIndexName, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.settle(this.client.index(this.uid(index)).deleteDocuments(ids).waitTask({ timeout: this.taskTimeoutMs }));
  }

  async clear(index: SearchIndexName): Promise<void> {
    await this.settle(this.client.index(this.uid(index)).deleteAllDocuments().waitTask({ timeout: this.taskTimeoutMs }));
  }

  async *ids(index: SearchIndexName, batchSize: number): AsyncIterable<string[]> {
    for (let offset = 0; ; offset += batchSize) {
      const page = await this.client.index(this.uid(index)).getDocuments({ fields: ['id'], offset, limit: batchSize });
      if (page.results.length === 0) return;
      yield page.results.map((doc) => String(doc.id));
      if (page.results.length < batchSize) return;
    }
  }

  async health(): Promise<SearchEngineHealth> {
    try {
      const health = await this.client.health();
      return { engine: this.name, ok: health.status === 'available' };
    } catch (error) {
      return { engine: this.name, ok: false, detail: (error as Error).message };
    }
  }

  /** The raw search parameters (public for the benchmark's raw-client baseline). */
  params<I extends SearchIndexName>(index: I, request: SearchRequest<I>) {
    const { page, pageSize } = normalizePaging(request);
    return {
      q: this.segmenter.normalize(request.query).trim(),
      filter: meilisearchFilter(filterConditions(index, request.filters)),
      facets: request.facets && !request.lean ? [...request.facets] : undefined,
      sort: sortOf(request.sort ?? 'RELEVANCE', INDEX_SCHEMAS[index].priceAttribute),
      page,
      hitsPerPage: pageSize,
      attributesToRetrieve: ['id', INDEX_SCHEMAS[index].ownerAttribute],
      attributesToHighlight: request.lean ? [] : ['title', 'summary'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
      // Every word must match, as in the PostgreSQL adapter; for `any`, Meilisearch drops words
      // from the end until enough documents match (callers order keywords strongest first) and
      // ranks documents with more matched words higher (its `words` rule).
      matchingStrategy: request.matchingStrategy === 'any' ? ('last' as const) : ('all' as const),
      showRankingScore: true,
    };
  }

  async search<I extends SearchIndexName>(index: I, request: SearchRequest<I>): Promise<SearchResponse> {
    await this.syncSynonyms();
    const params = this.params(index, request);
    const response = await this.client.index(this.uid(index)).search(params.q, params);
    const distribution = response.facetDistribution ?? {};
    return {
      hits: response.hits.map((hit) => ({
        id: String(hit.id),
        highlightTitle: formatted(hit._formatted?.title),
        highlightSummary: formatted(hit._formatted?.summary),
        score: hit._rankingScore,
        ownerId: typeof hit[INDEX_SCHEMAS[index].ownerAttribute] === 'string' ? (hit[INDEX_SCHEMAS[index].ownerAttribute] as string) : undefined,
      })),
      totalHits: response.totalHits,
      page: params.page,
      pageSize: params.hitsPerPage,
      facets: (params.facets ?? []).map((attribute) => ({
        attribute,
        values: orderFacetValues(Object.entries(distribution[attribute] ?? {}).map(([value, count]) => ({ value, count }))),
      })),
      processingTimeMs: response.processingTimeMs,
    };
  }
}

function formatted(value: unknown): string {
  return escapeHtml(typeof value === 'string' ? value : '')
    .split(PRE)
    .join(HIGHLIGHT_PRE)
    .split(POST)
    .join(HIGHLIGHT_POST);
}

function sortOf(sort: SearchSortKey, price: string): string[] | undefined {
  const tail = ['publishedAt:desc', 'id:asc'];
  switch (sort) {
    case 'RELEVANCE':
      return undefined;
    case 'NEWEST':
      return tail;
    case 'PRICE_ASC':
      return [`${price}:asc`, ...tail];
    case 'PRICE_DESC':
      return [`${price}:desc`, ...tail];
  }
}
