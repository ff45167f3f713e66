import { ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands GraphQL errors to Apollo untouched, where formatGraphQLError maps them to public codes
 * and logs only the unexpected ones (with a correlation id). Without it, Nest would log every
 * expected domain error with its stack, and possibly its message's details.
 */
@Catch()
export class GraphQLExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      GqlArgumentsHost.create(host);
      return exception;
    }
    if (exception instanceof HttpException) return super.catch(exception, host);
    return super.catch(exception, host);
  }
}
