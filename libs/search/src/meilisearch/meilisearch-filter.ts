import { FilterCondition } from '../filter-conditions';

/** A string literal of Meilisearch's filter language: double quotes, backslash escapes. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function number(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) throw new Error(`Filter bound out of range: ${value}`);
  // Plain decimal notation: Meilisearch does not read exponents.
  return value
    .toFixed(Number.isInteger(value) ? 0 : 6)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/**
 * Meilisearch filter expressions from typed conditions, one array element per condition
 * (Meilisearch ANDs them). Attribute names come from our own schema; user values are always
 * quoted literals, so quotes, brackets, OR or backslashes in a value stay part of the value.
 */
export function meilisearchFilter(conditions: FilterCondition[]): string[] {
  return conditions.map((condition) => {
    switch (condition.kind) {
      case 'in':
      case 'overlaps':
        return `${condition.attribute} IN [${condition.values.map(quoteFilterValue).join(', ')}]`;
      case 'equals':
        return typeof condition.value === 'boolean'
          ? `${condition.attribute} = ${condition.value}`
          : `${condition.attribute} = ${quoteFilterValue(condition.value)}`;
      case 'bound':
        return `${condition.attribute} ${condition.op} ${number(condition.value)}`;
    }
  });
}
