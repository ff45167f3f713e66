import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Request, Response } from 'express';
import { AppConfig } from '../config/app.config';
import { formatGraphQLError } from './error-formatter';
import { RequestLoaders } from './loaders';
import { queryLimitsPlugin } from './query-limits.plugin';

export interface GraphQLContext {
  req: Request & { principal?: import('../auth/principal').Principal | null };
  res: Response;
  loaders: RequestLoaders;
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
    formatError: formatGraphQLError,
    plugins: [
      queryLimitsPlugin(config.GRAPHQL_MAX_DEPTH, config.GRAPHQL_MAX_COMPLEXITY),
      // No cache hints are set and responses are per viewer: the plugin would only wrap every
      // field resolver to compute a policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.NODE_ENV === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
