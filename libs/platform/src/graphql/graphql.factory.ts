import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Request, Response } from 'express';

import { AppConfig } from '../config/app.config';
import { withStrictDateTime } from './date-time.scalar';
import { formatGraphQLError } from './error-formatter';
import { RequestLoaders } from './loaders';
import { QueryLimits, queryLimitsPlugin, queryShapeMiddleware } from './query-limits.plugin';

export interface GraphQLContext {
  req: Request & { principal?: import('../auth/principal').Principal | null };
  res: Response;
  loaders: RequestLoaders;
}

export function queryLimitsOf(config: AppConfig): QueryLimits {
  return {
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxComplexity: config.GRAPHQL_MAX_COMPLEXITY,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxFragmentSpreads: config.GRAPHQL_MAX_FRAGMENT_SPREADS,
  };
}

/** Mount on `/graphql` after the body parser: refuses oversized documents before Apollo parses and validates them. */
export function graphQLShapeGuard(config: AppConfig): ReturnType<typeof queryShapeMiddleware> {
  return queryShapeMiddleware(queryLimitsOf(config));
}

/** Apollo, code-first, with the error mapping, query limits and a DataLoader registry per request. */
export function graphQLModule(config: AppConfig, schemaFile: string | true = true): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: schemaFile,
    sortSchema: true,
    // Off in production unless GRAPHQL_INTROSPECTION says otherwise: the schema is a map for attackers too.
    introspection: config.introspection,
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'integer' },
    context: ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({ req, res, loaders: new RequestLoaders() }),
    transformSchema: withStrictDateTime,
    formatError: formatGraphQLError,
    plugins: [
      queryLimitsPlugin(queryLimitsOf(config)),
      // No cache hints are set and responses are per viewer: the plugin would only wrap every
      // field resolver to compute a policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.NODE_ENV === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
