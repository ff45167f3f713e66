import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { withStrictDateTime } from '@techbridge/platform';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

import { DOMAIN_MODULES } from '../domain-modules';

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule> | undefined;

/** `@Resolver(() => Type)` marks the class; a bare `@Resolver()` only marks its query and mutation methods. */
function isResolver(target: abstract new (...args: never[]) => unknown): boolean {
  if (Reflect.getMetadata('graphql:resolver_type', target) !== undefined) return true;
  const prototype = target.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).some((key) => {
    const member = Object.getOwnPropertyDescriptor(prototype, key)?.value as unknown;
    return typeof member === 'function' && Reflect.getMetadata('graphql:resolver_type', member) !== undefined;
  });
}

/** Classes carrying @Resolver() among the providers of the given modules and everything they import. */
export function collectResolvers(modules: ModuleRef[]): Type<unknown>[] {
  const seen = new Set<unknown>();
  const resolvers = new Set<Type<unknown>>();
  const visit = (ref: ModuleRef): void => {
    if (!ref || ref instanceof Promise || seen.has(ref)) return;
    seen.add(ref);
    const dynamic = typeof ref === 'function' ? undefined : ref;
    const moduleClass = typeof ref === 'function' ? ref : ref.module;
    const imports = [...((Reflect.getMetadata('imports', moduleClass) as ModuleRef[] | undefined) ?? []), ...(dynamic?.imports ?? [])];
    const providers = [...((Reflect.getMetadata('providers', moduleClass) as unknown[] | undefined) ?? []), ...(dynamic?.providers ?? [])];
    for (const provider of providers) {
      if (typeof provider === 'function' && isResolver(provider as Type<unknown>)) resolvers.add(provider as Type<unknown>);
    }
    imports.forEach((imported) => visit(imported as ModuleRef));
  };
  modules.forEach(visit);
  return [...resolvers];
}

/**
 * Builds the code-first schema from the domain modules' resolvers alone: no database, no HTTP.
 * The options match graphQLModule's, so the printed text is what /graphql serves (a test checks).
 */
export async function buildOfflineSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const factory = app.get(GraphQLSchemaFactory);
    // The same transform graphQLModule applies, so the strict DateTime's description is printed too.
    return withStrictDateTime(await factory.create(collectResolvers(DOMAIN_MODULES), { dateScalarMode: 'isoDate', numberScalarMode: 'integer' }));
  } finally {
    await app.close();
  }
}

/** The committed text form: sorted, as graphql-js prints it, with a trailing newline. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
