/** Graded relevance of result ids for one need: 3 direct fit, 2 good, 1 partial; absent = 0. */
export type Grades = ReadonlyMap<string, number>;

/** Share of the first k ranked ids that are relevant (grade ≥ 1). */
export function precisionAt(ranked: readonly string[], grades: Grades, k: number): number {
  if (k <= 0) return 0;
  let hits = 0;
  for (const id of ranked.slice(0, k)) if ((grades.get(id) ?? 0) > 0) hits += 1;
  return hits / k;
}

/** Share of the relevant ids found in the first k; 1 when nothing is relevant. */
export function recallAt(ranked: readonly string[], grades: Grades, k: number): number {
  const relevant = [...grades.values()].filter((grade) => grade > 0).length;
  if (relevant === 0) return 1;
  let hits = 0;
  for (const id of ranked.slice(0, k)) if ((grades.get(id) ?? 0) > 0) hits += 1;
  return hits / relevant;
}

/** nDCG@k with gain 2^grade − 1 and log2 discount; 1 when nothing is relevant. */
export function ndcgAt(ranked: readonly string[], grades: Grades, k: number): number {
  const dcg = (gains: number[]) => gains.slice(0, k).reduce((sum, grade, index) => sum + (Math.pow(2, grade) - 1) / Math.log2(index + 2), 0);
  const ideal = dcg([...grades.values()].filter((grade) => grade > 0).sort((a, b) => b - a));
  if (ideal === 0) return 1;
  return dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal;
}

/** Share of `reference`'s first k ids that `ours` also has in its first k. */
export function overlapAt(ours: readonly string[], reference: readonly string[], k: number): number {
  const top = reference.slice(0, k);
  if (top.length === 0) return 1;
  const mine = new Set(ours.slice(0, k));
  return top.filter((id) => mine.has(id)).length / top.length;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
