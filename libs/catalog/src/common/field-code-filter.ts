/** SQL condition for a list of field codes where a chain code (no dot) stands for all its fields. */
export function fieldCodeCondition(column: string, codes: readonly string[]): { sql: string; params: Record<string, unknown> } {
  const chains = codes.filter((code) => !code.includes('.'));
  const fields = codes.filter((code) => code.includes('.'));
  const parts: string[] = [];
  if (fields.length) parts.push(`${column} IN (:...fcFields)`);
  if (chains.length) parts.push(`split_part(${column}, '.', 1) IN (:...fcChains)`);
  return { sql: `(${parts.join(' OR ')})`, params: { fcFields: fields, fcChains: chains } };
}
