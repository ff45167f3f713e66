import { buildSchema, OperationDefinitionNode, parse } from 'graphql';

import { measureDocument, operationComplexity } from './query-limits.plugin';

const schema = buildSchema(`
  type Query {
    items(first: Int, after: String): ItemConnection!
    search(input: SearchInput!): SearchResponse!
    tags: [String!]!
    item(id: ID!): Item
  }
  input SearchInput { query: String!, pageSize: Int }
  type SearchResponse { hits: [Item!]! total: Int! }
  type ItemConnection { edges: [ItemEdge!]! }
  type ItemEdge { node: Item! }
  type Item { id: ID! name: String! parent: Item }
`);

function bomb(levels: number): string {
  let query = `{ ...F${levels} } fragment F0 on Query { tags }`;
  for (let k = 1; k <= levels; k++) query += ` fragment F${k} on Query { ${Array.from({ length: 10 }, () => `...F${k - 1}`).join(' ')} }`;
  return query;
}

const complexity = (query: string, variables: Record<string, unknown> = {}): number => {
  const document = parse(query);
  return operationComplexity(schema, document, document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, variables);
};

describe('query measures', () => {
  it('measures fragment fan-out by multiplication, not expansion', () => {
    // 10^30 selections once expanded: a walk of the expansion would never return.
    const { operations, spreads } = measureDocument(parse(bomb(30)));
    expect(spreads).toBe(301);
    expect(operations[0].fields).toBeGreaterThan(0.99e30);
  });

  it('counts aliases and depth through fragments and inline fragments, ignoring __ fields for depth', () => {
    const { operations } = measureDocument(
      parse(
        '{ a: item(id: 1) { ...P } b: item(id: 2) { ... on Item { parent { id } } } __schema { types { name } } } fragment P on Item { x: parent { y: parent { id } } }',
      ),
    );
    expect(operations[0]).toEqual({ fields: 10, aliases: 4, depth: 4 });
  });

  it('survives fragment cycles and unknown fragments (validation refuses them next)', () => {
    expect(measureDocument(parse('{ ...A ...Z } fragment A on Query { ...B } fragment B on Query { tags ...A }')).operations[0].fields).toBe(1);
  });

  it('multiplies the selection under a list-size argument, given or by default, literal or variable', () => {
    expect(complexity('{ items(first: 100) { edges { node { id name } } } }')).toBe(1 + 100 * (1 + 1 + 2));
    expect(complexity('query($n: Int) { items(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(1 + 50 * 3);
    expect(complexity('{ items { edges { node { id } } } }')).toBe(1 + 20 * 3);
    expect(complexity('{ search(input: { query: "", pageSize: 100 }) { hits { id } total } }')).toBe(1 + 100 * 3);
    expect(complexity('{ tags item(id: 1) { id } }')).toBe(3);
    expect(complexity('{ a: items(first: 10) { ...E } b: items(first: 10) { ...E } } fragment E on ItemConnection { edges { node { id } } }')).toBe(
      2 * (1 + 10 * 3),
    );
  });
});
