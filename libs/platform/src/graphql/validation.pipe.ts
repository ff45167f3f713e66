import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';

import { FieldErrors } from './domain-error';
import { flattenValidationErrors, InputValidationError } from './error-formatter';
import { findUnsafeText } from './safe-text';

/** GqlParamtype ROOT (@Parent), CONTEXT and INFO, which @nestjs/graphql does not export: resolver plumbing, not client input. */
const NOT_CLIENT_INPUT = new Set<unknown>([0, 1, 2, 'custom']);

/**
 * Validates every DTO; failures become BAD_USER_INPUT with messages keyed by field path,
 * prefixed with the argument name (`input.email`). The GraphQL schema already refuses unknown
 * fields, so nothing is stripped. Every string of every argument, DTO or not, is first checked
 * for control characters and lone surrogates, which no column or message may hold.
 */
@Injectable()
export class GraphQLValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: false,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => new InputValidationError(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Global pipes also see @Context(), @Parent() and @CurrentUser() values: only arguments are client input.
    if (!NOT_CLIENT_INPUT.has(metadata.type)) {
      const unsafe = findUnsafeText(value, metadata.data ?? '');
      if (unsafe) throw new InputValidationError(unsafe);
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputValidationError && metadata.data) {
        const prefixed: FieldErrors = {};
        for (const [field, messages] of Object.entries(error.fields)) prefixed[`${metadata.data}.${field}`] = messages;
        throw new InputValidationError(prefixed);
      }
      throw error;
    }
  }
}
