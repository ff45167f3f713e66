import { ItemConcepts } from '../concepts/concept-extractor';
import { DocumentFrequencies } from './document-frequencies';
import { TextVector, WeightedTokens } from './text-vector';

/** What a result's text costs to prepare once: its weighted feature tokens, and its vector per frequency table. */
export interface CachedFeatures {
  parts: WeightedTokens[];
  frequencies?: DocumentFrequencies;
  vector?: TextVector;
  /** The result's concepts, and the version of the concept set they were extracted with. */
  concepts?: ItemConcepts;
  conceptVersion?: string;
}

/** Results held by default: about 40 MB for the 100k-result demo catalogue's matchable share. */
export const DEFAULT_FEATURE_CACHE_SIZE = 50_000;

/**
 * Least-recently-used cache of result features keyed by id and `updated_at`: an edited result
 * gets a new key, so a stale entry is never read (it ages out). Segmentation is most of the cost
 * of scoring a candidate, and the same results come back for need after need, so the recompute
 * jobs fill it as they go. The vector is kept with the frequency table it was weighted by and
 * recomputed (cheaply, from the tokens) when the table is rebuilt.
 */
export class ResultFeatureCache {
  private readonly entries = new Map<string, CachedFeatures>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity = DEFAULT_FEATURE_CACHE_SIZE) {}

  static key(id: string, updatedAt: Date): string {
    return `${id}@${updatedAt.getTime()}`;
  }

  get(key: string): CachedFeatures | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedFeatures): void {
    if (this.capacity <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
