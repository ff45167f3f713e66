/** The values in first-seen order, each once. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
