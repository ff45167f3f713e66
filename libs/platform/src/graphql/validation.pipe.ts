import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { FieldErrors } from './domain-error';
import { flattenValidationErrors, InputValidationError } from './error-formatter';

/**
 * Validates every DTO; failures become BAD_USER_INPUT with messages keyed by field path,
 * prefixed with the argument name (`input.email`). The GraphQL schema already refuses unknown
 * fields, so nothing is stripped.
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
