import { Injectable } from '@nestjs/common';
import { ConceptExtractor, ConceptStore } from '@techbridge/search';

/**
 * The concept extractor of the revision in force (ConceptStore), built once per revision: the
 * recompute jobs, the frequency table and the benchmark read concepts through it, so an edit by
 * an administrator reaches matching within the store's refresh interval.
 */
@Injectable()
export class MatchConcepts {
  private cached: ConceptExtractor | null = null;

  constructor(private readonly store: ConceptStore) {}

  async extractor(): Promise<ConceptExtractor> {
    const { graph } = await this.store.current();
    if (this.cached?.graph.version !== graph.version) this.cached = new ConceptExtractor(graph);
    return this.cached;
  }
}
