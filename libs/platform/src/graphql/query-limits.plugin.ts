import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, FragmentDefinitionNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/**
 * Refuses operations nested deeper than `maxDepth` or estimated above `maxComplexity`
 * (each field costs 1; list fields multiply by their `first`/`pageSize` argument where given
 * through field extensions), before any resolver runs.
 */
export function queryLimitsPlugin(maxDepth: number, maxComplexity: number): ApolloServerPlugin {
  return {
    requestDidStart: async ({ schema }): Promise<GraphQLRequestListener<object>> => ({
      didResolveOperation: async ({ request, document, operation }) => {
        const fragments = new Map<string, FragmentDefinitionNode>();
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
        }
        const depth = depthOf((operation as OperationDefinitionNode).selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          throw new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // Variables that do not coerce (an unknown enum value, a bad Money string): execution
          // refuses them before any resolver runs, as BAD_USER_INPUT naming the variable.
          if (error instanceof GraphQLError) return;
          throw error;
        }
        if (complexity > maxComplexity) {
          throw new GraphQLError(`Query complexity ${complexity} exceeds the limit of ${maxComplexity}`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
      },
    }),
  };
}
