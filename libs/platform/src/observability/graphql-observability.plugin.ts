import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';

import type { GraphQLContext } from '../graphql/graphql.factory';
import { MetricsService } from './metrics.service';
import { requestRecord } from './request-record';

/**
 * Names the operation of each GraphQL request for its log line, copies the public error codes
 * and correlation ids of the response there, and times the operation per name.
 */
@Plugin()
export class GraphQLObservabilityPlugin implements ApolloServerPlugin<GraphQLContext> {
  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const started = performance.now();
    const metrics = this.metrics;
    let operation: string | undefined;
    let type = 'unknown';
    return {
      async didResolveOperation({ operationName, operation: document, contextValue }) {
        operation = operationName ?? undefined;
        type = document?.operation ?? 'unknown';
        const record = requestRecord(contextValue.req);
        if (record) {
          record.operation = operation ?? 'anonymous';
          record.operationType = type;
        }
      },
      async willSendResponse({ response, contextValue, request }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const codes = errors.map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
        const record = requestRecord(contextValue.req);
        if (record) {
          record.operation ??= operation ?? request.operationName ?? undefined;
          record.errorCodes.push(...codes);
          for (const error of errors) {
            const id = error.extensions?.correlationId;
            if (typeof id === 'string') record.correlationIds.push(id);
          }
        }
        metrics.graphqlDuration.observe(
          {
            operation: metrics.operationLabel.of(operation),
            type,
            outcome: codes[0] ?? 'ok',
          },
          (performance.now() - started) / 1000,
        );
      },
    };
  }
}
