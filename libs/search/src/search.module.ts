import { BeforeApplicationShutdown, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CatalogModule } from '@techbridge/catalog';
import { AppConfig, JobsService, MetricsService, OutboxHandlerRegistry } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { CatalogSearchSource } from './catalog/catalog-search.source';
import { SearchResolver } from './graphql/search.resolver';
import { SearchDocumentSource } from './indexing/search-document-source';
import { SearchIndexer } from './indexing/search-indexer.service';
import { registerSearchIndexing, SEARCH_INDEX_QUEUE } from './indexing/search-indexing.handlers';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search.engine';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { SearchService } from './search.service';
import { SearchIndexName } from './search-documents';
import { SearchEngine } from './search-engine';
import { Segmenter } from './segmentation/segmenter.service';
import { SearchSynonyms } from './synonyms';

const BOOT_RETRY_MS = 10_000;

/**
 * The search port with the adapter AppConfig.SEARCH_ENGINE names, the segmenter, the synonyms
 * (SearchSynonyms: a SynonymSource registered by matching keeps them on the published concept
 * dictionary), the indexer
 * fed by the catalog's outbox events (CatalogSearchSource), and the searchResults/searchNeeds
 * queries.
 */
@Module({
  imports: [CatalogModule],
  providers: [
    CatalogSearchSource,
    { provide: SearchDocumentSource, useExisting: CatalogSearchSource },
    SearchService,
    SearchResolver,
    { provide: Segmenter, useFactory: () => new Segmenter() },
    { provide: SearchSynonyms, useFactory: () => new SearchSynonyms() },
    {
      provide: SearchEngine,
      inject: [AppConfig, getDataSourceToken(), Segmenter, SearchSynonyms],
      useFactory: (config: AppConfig, dataSource: DataSource, segmenter: Segmenter, synonyms: SearchSynonyms): SearchEngine =>
        config.SEARCH_ENGINE === 'meilisearch'
          ? new MeilisearchSearchEngine({ host: config.MEILI_HOST!, apiKey: config.MEILI_API_KEY }, segmenter, synonyms)
          : new PostgresSearchEngine(dataSource, segmenter, synonyms),
    },
    SearchIndexer,
  ],
  exports: [SearchEngine, Segmenter, SearchSynonyms, SearchIndexer, SearchDocumentSource, CatalogSearchSource, SearchService],
})
export class SearchModule implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Search');
  private retry: NodeJS.Timeout | null = null;
  /** Stored documents being cut again after a segmentation change, in the background. */
  private resegmenting: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly engine: SearchEngine,
    private readonly indexer: SearchIndexer,
    private readonly handlers: OutboxHandlerRegistry,
    private readonly source: SearchDocumentSource,
    private readonly jobs: JobsService,
    private readonly metrics: MetricsService,
  ) {}

  async onModuleInit(): Promise<void> {
    registerSearchIndexing(this.handlers, this.indexer, this.source, { wake: (queue) => this.jobs.notify(queue) });
    this.metrics.registerHandlerLag(
      'techbridge_search_indexing_lag_seconds',
      'Age of the oldest catalog change not yet in the search index (waiting in the outbox or in an indexing job)',
      SEARCH_INDEX_QUEUE,
    );
    if (this.engine.name === 'postgres') {
      // Missing tables mean missing migrations: a deployment error, not an outage.
      await this.engine.ensureIndexes();
      const engine = this.engine as PostgresSearchEngine;
      const stale = await engine.staleSegmentation();
      // Searches keep working meanwhile, missing only words the old cut split differently.
      if (stale.length > 0) this.resegmenting = this.resegment(engine, stale);
      return;
    }
    // An unreachable Meilisearch must not keep the API from serving everything else.
    await this.ensureIndexesOrRetry();
  }

  private async ensureIndexesOrRetry(): Promise<void> {
    try {
      await this.engine.ensureIndexes();
      this.logger.log(`Search indexes ready on ${this.engine.name}`);
    } catch (error) {
      this.logger.error(`Search indexes not ready (${(error as Error).message}); retrying in ${BOOT_RETRY_MS / 1000}s`);
      this.retry = setTimeout(() => void this.ensureIndexesOrRetry(), BOOT_RETRY_MS);
    }
  }

  private async resegment(engine: PostgresSearchEngine, indexes: SearchIndexName[]): Promise<void> {
    for (const index of indexes) {
      const started = performance.now();
      this.logger.log(`Documents of the ${index} index were cut with another dictionary or token rules: cutting them again`);
      try {
        const rewritten = await engine.resegment(index, { shouldStop: () => this.stopping });
        if (rewritten === null) this.logger.log(`Another process is cutting the ${index} documents again`);
        else if (!this.stopping) this.logger.log(`Cut ${rewritten} ${index} documents again in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } catch (error) {
        // Left for the next boot: the record is written only once every document is done.
        this.logger.error(`Cutting the ${index} documents again failed: ${(error as Error).message}`);
      }
    }
  }

  /** Before the connections close: a re-segmentation in progress stops after its batch. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.resegmenting;
  }

  onApplicationShutdown(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }
}
