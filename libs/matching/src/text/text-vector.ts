import { DocumentFrequencies } from './document-frequencies';

/** A sparse TF-IDF vector with its Euclidean norm computed once. */
export interface TextVector {
  weights: ReadonlyMap<string, number>;
  norm: number;
}

/** Token lists with how much each one counts (the title and keywords say more than a summary). */
export interface WeightedTokens {
  tokens: readonly string[];
  weight: number;
}

/**
 * Term frequencies summed over weighted token lists, then log-scaled and multiplied by IDF
 * (and by `scale(term)` when given: see `MatchText.prepareNeed`).
 */
export function tfidfVector(parts: readonly WeightedTokens[], df: DocumentFrequencies, scale?: (term: string) => number): TextVector {
  const tf = new Map<string, number>();
  for (const part of parts) for (const token of part.tokens) tf.set(token, (tf.get(token) ?? 0) + part.weight);
  const weights = new Map<string, number>();
  let squares = 0;
  for (const [term, frequency] of tf) {
    const weight = (1 + Math.log(frequency)) * df.idf(term) * (scale ? scale(term) : 1);
    if (weight <= 0) continue;
    weights.set(term, weight);
    squares += weight * weight;
  }
  return { weights, norm: Math.sqrt(squares) };
}

/** Cosine similarity in [0, 1] (weights are non-negative). */
export function cosine(a: TextVector, b: TextVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

/**
 * Share of the query's squared TF-IDF mass that the document contains, in [0, 1]. Unlike the
 * cosine it does not reward a short document for saying little: a one-line result naming the
 * field covers one query term, a result on the need's topic covers several.
 */
export function coverage(query: TextVector, document: TextVector): number {
  if (query.norm === 0) return 0;
  let mass = 0;
  // forEach rather than for…of over entries: no entry array per term, and this runs for every pair.
  const has = document.weights;
  query.weights.forEach((weight, term) => {
    if (has.has(term)) mass += weight * weight;
  });
  return Math.min(1, mass / (query.norm * query.norm));
}

/** Terms both vectors contain, strongest joint weight first. */
export function sharedTerms(a: TextVector, b: TextVector, limit: number): string[] {
  const shared: [string, number][] = [];
  for (const [term, weight] of a.weights) {
    const other = b.weights.get(term);
    if (other !== undefined) shared.push([term, weight * other]);
  }
  shared.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return dropContained(shared.map(([term]) => term)).slice(0, limit);
}

/** Keeps 固态电解质 and drops 电解质 when both are shared: the reason reads better. */
function dropContained(terms: string[]): string[] {
  return terms.filter((term) => !terms.some((other) => other !== term && other.length > term.length && other.includes(term)));
}

/**
 * The at most `limit` highest TF-IDF terms of weighted token lists (Meilisearch reads at most
 * ten query words). Ties break alphabetically so the result is stable.
 */
export function extractKeywords(parts: readonly WeightedTokens[], df: DocumentFrequencies, limit = 10, scale?: (term: string) => number): string[] {
  const vector = tfidfVector(parts, df, scale);
  return [...vector.weights]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, Math.min(limit, 10))
    .map(([term]) => term);
}
