import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { NextFunction, Request, Response } from 'express';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLNamedType,
  GraphQLSchema,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
} from 'graphql';

import { DEFAULT_PAGE_SIZE } from './connection';

export interface QueryLimits {
  /** Deepest field nesting, fragments expanded; introspection's `__` fields do not count. */
  maxDepth: number;
  /** Estimated cost: each field 1, the selection under a list-size argument times that size. */
  maxComplexity: number;
  /** Aliased fields, fragments expanded. */
  maxAliases: number;
  /** Fragment spreads written in the document. */
  maxFragmentSpreads: number;
}

/** Arguments that say how many items a list field returns, at the top or one input object down (`input.pageSize`). */
const LIST_SIZE_ARGUMENTS = new Set(['first', 'last', 'pageSize', 'limit', 'take']);

function refusal(message: string): GraphQLError {
  // A refused request is the client's fault: HTTP 400, never 500.
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

interface Shape {
  /** Field selections once every fragment spread is replaced by its fragment. */
  fields: number;
  aliases: number;
  depth: number;
}

/**
 * Measures each operation of a parsed (not yet validated) document with fragments expanded, in
 * time linear in the document: a fragment is measured once and each spread adds its measure,
 * so ten spreads of a fragment of ten spreads cost a multiplication, not an expansion. A cycle
 * or an unknown fragment counts as nothing here; validation refuses it next.
 */
export function measureDocument(document: DocumentNode): {
  operations: Shape[];
  spreads: number;
} {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Shape | null>();
  let spreads = 0;
  const countSpreads = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) spreads++;
      else countSpreads(selection.selectionSet);
    }
  };
  const measure = (set: SelectionSetNode | undefined): Shape => {
    const shape: Shape = { fields: 0, aliases: 0, depth: 0 };
    for (const selection of set?.selections ?? []) {
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const child = measure(selection.selectionSet);
        const counted = !selection.name.value.startsWith('__');
        inner = {
          fields: 1 + child.fields,
          aliases: (selection.alias ? 1 : 0) + child.aliases,
          depth: counted ? (selection.selectionSet ? 1 + child.depth : 1) : 0,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet);
      } else {
        inner = fragmentShape(selection.name.value);
      }
      shape.fields += inner.fields;
      shape.aliases += inner.aliases;
      shape.depth = Math.max(shape.depth, inner.depth);
    }
    return shape;
  };
  const fragmentShape = (name: string): Shape => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (known === null || !fragment) return { fields: 0, aliases: 0, depth: 0 };
    memo.set(name, null);
    const shape = measure(fragment.selectionSet);
    memo.set(name, shape);
    return shape;
  };
  const operations: Shape[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(measure(definition.selectionSet));
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) countSpreads(definition.selectionSet);
  }
  return { operations, spreads };
}

/** How many items a field with a list-size argument returns: the given size, else the default page. */
function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  let declared = false;
  let size: number | undefined;
  const consider = (name: string, value: unknown): void => {
    if (!LIST_SIZE_ARGUMENTS.has(name)) return;
    declared = true;
    if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size ?? 0, value);
  };
  for (const arg of field.args) {
    consider(arg.name, args[arg.name]);
    const type = getNullableType(arg.type);
    if (isInputObjectType(type)) {
      const given = args[arg.name];
      for (const name of Object.keys((type as GraphQLInputObjectType).getFields())) {
        consider(name, given && typeof given === 'object' ? (given as Record<string, unknown>)[name] : undefined);
      }
    }
  }
  if (!declared) return 1;
  return Math.max(1, size ?? DEFAULT_PAGE_SIZE);
}

/**
 * Cost of an operation with its variables: 1 per field, plus the cost of its selection times the
 * list size when the field takes one (`results(first: 100)`, `searchResults(input: { pageSize })`).
 * Fragments are costed once per request. Arguments that do not coerce cost nothing here:
 * execution refuses them as BAD_USER_INPUT before any resolver runs.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, number>();
  const cost = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | null | undefined): number => {
    if (!set || !parent || !isCompositeType(parent)) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) {
          total += 1;
          continue;
        }
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(field, selection, variables);
        } catch {
          // see above: refused at execution
        }
        total += 1 + listSize(field, args) * cost(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += cost(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent);
      } else {
        const name = selection.name.value;
        let known = memo.get(name);
        if (known === undefined) {
          const fragment = fragments.get(name);
          memo.set(name, 0);
          known = fragment ? cost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)) : 0;
          memo.set(name, known);
        }
        total += known;
      }
    }
    return total;
  };
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return cost(operation.selectionSet, root);
}

/**
 * Why a parsed (not yet validated) document is refused for its expanded shape, or null: too
 * many fragment spreads, too many aliases, nesting deeper than the limit, or more expanded
 * fields than the complexity limit (each field costs at least 1).
 */
export function shapeRefusal(document: DocumentNode, limits: QueryLimits): string | null {
  const { operations, spreads } = measureDocument(document);
  if (spreads > limits.maxFragmentSpreads) return `The document has ${spreads} fragment spreads; the limit is ${limits.maxFragmentSpreads}`;
  for (const shape of operations) {
    if (shape.aliases > limits.maxAliases) return `Query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}`;
    if (shape.depth > limits.maxDepth) return `Query is nested ${shape.depth} levels deep; the limit is ${limits.maxDepth}`;
    if (shape.fields > limits.maxComplexity) return `Query complexity ${shape.fields} exceeds the limit of ${limits.maxComplexity}`;
  }
  return null;
}

/**
 * Refuses oversized documents before Apollo sees them. Apollo validates a document before any
 * plugin may refuse it, and validation walks fragments as expanded (a 737-byte fan-out kept the
 * event loop for seconds), so the shape is measured here, on a parse of our own: parsing is
 * linear in the text, which the body limit bounds. Anything this does not understand goes on to
 * Apollo, which answers it.
 */
export function queryShapeMiddleware(limits: QueryLimits): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    const body: unknown = req.method === 'GET' ? req.query : req.body;
    const requests = Array.isArray(body) ? body : [body];
    for (const request of requests) {
      const query = (request as { query?: unknown } | null)?.query;
      if (typeof query !== 'string') continue;
      let document: DocumentNode;
      try {
        document = parse(query);
      } catch {
        continue;
      }
      const message = shapeRefusal(document, limits);
      if (message) {
        res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
    }
    next();
  };
}

/**
 * Refuses, with BAD_USER_INPUT and HTTP 400 and before any resolver runs, once the operation is
 * chosen: no operation to run (several without `operationName`, or an unknown name), a shape
 * over the limits (see shapeRefusal), or an estimated cost over the limit with the request's
 * variables.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    requestDidStart: async ({ schema }): Promise<GraphQLRequestListener<object>> => ({
      didResolveOperation: async ({ request, document, operation }) => {
        if (!operation) {
          throw refusal(
            request.operationName
              ? `The document has no operation named "${request.operationName}"`
              : 'The document has several operations: name the one to run in operationName',
          );
        }
        // Again here for documents that did not come through the middleware (executeOperation, GET with a body parser of its own).
        const shape = shapeRefusal(document, limits);
        if (shape) throw refusal(shape);
        const complexity = operationComplexity(schema, document, operation, request.variables ?? {});
        if (complexity > limits.maxComplexity) {
          throw refusal(`Query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}`);
        }
      },
    }),
  };
}
