import { Injectable, Logger } from '@nestjs/common';

import { MatchCorpusReader } from '../records/match-corpus.reader';
import { DocumentFrequencies, FieldDocument } from './document-frequencies';
import { MatchTokenizer } from './match-tokenizer';

/** Rebuild at least this often, even if the corpus size barely moved. */
export const FREQUENCIES_MAX_AGE_MS = 60 * 60 * 1000;
/** Rebuild early when the corpus grew or shrank by more than this share. */
export const FREQUENCIES_SIZE_DRIFT = 0.1;
/** How long a size check is trusted before it is asked again (one count query). */
const SIZE_CHECK_MS = 60 * 1000;
/** Below this many documents every call checks the size: a young catalogue changes fast and counting it is cheap. */
const SMALL_CORPUS = 10_000;

/** Whether cached frequencies over `cachedSize` documents, built at `builtAt`, need a rebuild. */
export function frequenciesStale(cachedSize: number, builtAt: number, currentSize: number, now: number): boolean {
  if (now - builtAt >= FREQUENCIES_MAX_AGE_MS) return true;
  const base = Math.max(1, cachedSize);
  return Math.abs(currentSize - cachedSize) / base > FREQUENCIES_SIZE_DRIFT;
}

/**
 * Document frequencies over the published catalogue's public text, held in memory per
 * process and rebuilt lazily: after an hour, or when the corpus size drifts by more than 10 %.
 * Concurrent callers share one rebuild.
 */
@Injectable()
export class CorpusFrequencies {
  private readonly logger = new Logger('MatchingFrequencies');
  private cached: { frequencies: DocumentFrequencies; size: number; builtAt: number; checkedAt: number } | null = null;
  private building: Promise<DocumentFrequencies> | null = null;

  constructor(
    private readonly reader: MatchCorpusReader,
    private readonly tokenizer: MatchTokenizer,
  ) {}

  async current(now = Date.now()): Promise<DocumentFrequencies> {
    const cached = this.cached;
    if (cached && cached.size >= SMALL_CORPUS && now - cached.checkedAt < SIZE_CHECK_MS && now - cached.builtAt < FREQUENCIES_MAX_AGE_MS)
      return cached.frequencies;
    if (this.building) return this.building;
    if (cached) {
      const size = await this.reader.corpusSize();
      if (!frequenciesStale(cached.size, cached.builtAt, size, now)) {
        cached.checkedAt = now;
        return cached.frequencies;
      }
    }
    return this.rebuild();
  }

  /** Forgets the cache: the next call rebuilds (tests, after a bulk load). */
  invalidate(): void {
    this.cached = null;
  }

  private rebuild(): Promise<DocumentFrequencies> {
    this.building ??= (async () => {
      const started = Date.now();
      const tokenizer = this.tokenizer;
      const reader = this.reader;
      async function* documents(): AsyncIterable<FieldDocument> {
        for await (const page of reader.scanTexts()) {
          for (const item of page) yield { tokens: tokenizer.features(`${item.title} ${item.summary} ${item.keywords.join(' ')}`), fieldCode: item.fieldCode };
        }
      }
      const collected: FieldDocument[] = [];
      for await (const tokens of documents()) collected.push(tokens);
      const frequencies = DocumentFrequencies.fromDocuments(collected);
      const now = Date.now();
      this.cached = { frequencies, size: frequencies.documentCount, builtAt: now, checkedAt: now };
      this.logger.log(`Document frequencies over ${frequencies.documentCount} documents built in ${now - started} ms`);
      return frequencies;
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }
}
