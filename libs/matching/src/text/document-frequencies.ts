/** Serialised form of {@link DocumentFrequencies}: plain JSON, safe to store or ship. */
export interface DocumentFrequenciesJson {
  documentCount: number;
  terms: Record<string, number>;
  /** The same counts per industry field, for the documents that carry one. */
  fields?: Record<string, { documentCount: number; terms: Record<string, number> }>;
}

/** A document's tokens, tagged with its industry field when it has one. */
export interface FieldDocument {
  tokens: readonly string[];
  fieldCode?: string | null;
}

/** Documents a field needs before the share of them containing a term is read (see `fieldShare`). */
export const MIN_FIELD_DOCUMENTS = 10;

interface Counts {
  documentCount: number;
  terms: Map<string, number>;
}

/**
 * How many documents of a corpus contain each term, over the whole corpus and within each
 * industry field. Built once from the published results and needs (or a fixture) and reused
 * for every TF-IDF computation; unknown terms get the highest IDF, as if seen in no document.
 */
export class DocumentFrequencies {
  private constructor(
    private readonly all: Counts,
    private readonly fields: ReadonlyMap<string, Counts>,
  ) {}

  /** Each document is its list of tokens (or tokens with a field); repeats within a document count once. */
  static fromDocuments(documents: Iterable<readonly string[] | FieldDocument>): DocumentFrequencies {
    const all: Counts = { documentCount: 0, terms: new Map() };
    const fields = new Map<string, Counts>();
    for (const document of documents) {
      const tagged = isFieldDocument(document) ? document : { tokens: document };
      const unique = new Set(tagged.tokens);
      count(all, unique);
      if (tagged.fieldCode) {
        let field = fields.get(tagged.fieldCode);
        if (!field) fields.set(tagged.fieldCode, (field = { documentCount: 0, terms: new Map() }));
        count(field, unique);
      }
    }
    return new DocumentFrequencies(all, fields);
  }

  static fromJSON(json: DocumentFrequenciesJson): DocumentFrequencies {
    const counts = (entry: { documentCount: number; terms: Record<string, number> }): Counts => ({
      documentCount: entry.documentCount,
      terms: new Map(Object.entries(entry.terms)),
    });
    return new DocumentFrequencies(counts(json), new Map(Object.entries(json.fields ?? {}).map(([code, entry]) => [code, counts(entry)])));
  }

  toJSON(): DocumentFrequenciesJson {
    const fields: Record<string, { documentCount: number; terms: Record<string, number> }> = {};
    for (const code of [...this.fields.keys()].sort()) {
      const field = this.fields.get(code)!;
      fields[code] = { documentCount: field.documentCount, terms: sortedTerms(field.terms) };
    }
    return { documentCount: this.all.documentCount, terms: sortedTerms(this.all.terms), fields };
  }

  get documentCount(): number {
    return this.all.documentCount;
  }

  frequency(term: string): number {
    return this.all.terms.get(term) ?? 0;
  }

  /** Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, always ≥ 1. */
  idf(term: string): number {
    return Math.log((this.all.documentCount + 1) / (this.frequency(term) + 1)) + 1;
  }

  /**
   * Share of a field's documents that contain the term, as df / (N + 1) so it stays below 1.
   * 0 for an unknown field or one with fewer than MIN_FIELD_DOCUMENTS documents: in a young
   * catalogue or an event's handful of items, two documents sharing a word say nothing about
   * how common it is in the field.
   */
  fieldShare(fieldCode: string, term: string): number {
    const field = this.fields.get(fieldCode);
    if (!field || field.documentCount < MIN_FIELD_DOCUMENTS) return 0;
    return (field.terms.get(term) ?? 0) / (field.documentCount + 1);
  }
}

function isFieldDocument(document: readonly string[] | FieldDocument): document is FieldDocument {
  return !Array.isArray(document);
}

function count(counts: Counts, unique: ReadonlySet<string>): void {
  counts.documentCount += 1;
  for (const term of unique) counts.terms.set(term, (counts.terms.get(term) ?? 0) + 1);
}

function sortedTerms(terms: ReadonlyMap<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [term, frequency] of [...terms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[term] = frequency;
  return out;
}
