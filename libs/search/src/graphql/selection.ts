import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** Whether the query selects `field` directly under the resolved field (fragments included). */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  return selectsPath(info, [field]);
}

/** Whether the query selects the nested `path` (e.g. hits → result → owner) under the resolved field, fragments included. */
export function selectsPath(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): boolean =>
    (set?.selections ?? []).some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === path[depth] && (depth === path.length - 1 || visit(selection.selectionSet, depth + 1, new Set()));
        case Kind.INLINE_FRAGMENT:
          return visit(selection.selectionSet, depth, seen);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seen.has(name)) return false;
          seen.add(name);
          return visit(info.fragments[name]?.selectionSet, depth, seen);
        }
      }
    });
  return path.length > 0 && info.fieldNodes.some((node) => visit(node.selectionSet, 0, new Set()));
}
