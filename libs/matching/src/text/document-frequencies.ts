/** Serialised form of {@link DocumentFrequencies}: plain JSON, safe to store or ship. */
export interface DocumentFrequenciesJson {
  documentCount: number;
  terms: Record<string, number>;
}

/**
 * How many documents of a corpus contain each term. Built once from the published results
 * and needs (or a fixture) and reused for every TF-IDF computation; unknown terms get the
 * highest IDF, as if seen in no document.
 */
export class DocumentFrequencies {
  private constructor(
    readonly documentCount: number,
    private readonly counts: ReadonlyMap<string, number>,
  ) {}

  /** Each document is its list of tokens; repeats within a document count once. */
  static fromDocuments(documents: Iterable<readonly string[]>): DocumentFrequencies {
    const counts = new Map<string, number>();
    let documentCount = 0;
    for (const tokens of documents) {
      documentCount += 1;
      for (const term of new Set(tokens)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    return new DocumentFrequencies(documentCount, counts);
  }

  static fromJSON(json: DocumentFrequenciesJson): DocumentFrequencies {
    return new DocumentFrequencies(json.documentCount, new Map(Object.entries(json.terms)));
  }

  toJSON(): DocumentFrequenciesJson {
    const terms: Record<string, number> = {};
    for (const [term, count] of [...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) terms[term] = count;
    return { documentCount: this.documentCount, terms };
  }

  frequency(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, always ≥ 1. */
  idf(term: string): number {
    return Math.log((this.documentCount + 1) / (this.frequency(term) + 1)) + 1;
  }
}
