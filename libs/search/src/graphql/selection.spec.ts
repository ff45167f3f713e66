import { FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';

import { selects, selectsPath } from './selection';

/** The resolve info of the first root field of `query`, as GraphQL hands it to a resolver. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = operation.selectionSet.selections[0];
  if (root.kind !== Kind.FIELD) throw new Error('a field first');
  return { fieldNodes: [root], fragments };
}

describe('selection', () => {
  it('finds a field directly under the resolved one', () => {
    expect(selects(infoOf('{ searchResults { totalHits facets { attribute } } }'), 'facets')).toBe(true);
    expect(selects(infoOf('{ searchResults { totalHits hits { result { id } } } }'), 'facets')).toBe(false);
  });

  it('follows a nested path, through inline fragments and named fragments', () => {
    const path = ['hits', 'result', 'owner'];
    expect(selectsPath(infoOf('{ searchResults { hits { result { id owner { name } } } } }'), path)).toBe(true);
    expect(selectsPath(infoOf('{ searchResults { hits { result { id title } } } }'), path)).toBe(false);
    expect(selectsPath(infoOf('{ searchResults { hits { highlightTitle } owner: totalHits } }'), path)).toBe(false);
    expect(selectsPath(infoOf('{ searchResults { hits { ... on ResultHit { result { ...R } } } } } fragment R on ResearchResult { owner { id } }'), path)).toBe(
      true,
    );
    expect(selectsPath(infoOf('{ searchResults { ...H } } fragment H on ResultSearchResponse { hits { result { owner { id } } } }'), path)).toBe(true);
  });

  it('does not take an owner selected elsewhere for the nested one', () => {
    expect(selectsPath(infoOf('{ searchResults { hits { result { id } } facets { owner: attribute } } }'), ['hits', 'result', 'owner'])).toBe(false);
  });
});
