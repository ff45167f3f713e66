import { ArgumentMetadata } from '@nestjs/common';

import { InputValidationError } from './error-formatter';
import { GraphQLValidationPipe } from './validation.pipe';

const ARGS = { type: 3, data: 'input', metatype: Object } as unknown as ArgumentMetadata;
const CONTEXT = { type: 1, metatype: Object } as unknown as ArgumentMetadata;

describe('GraphQLValidationPipe text check', () => {
  const pipe = new GraphQLValidationPipe();

  it('refuses control characters in an argument, keyed by the argument path', async () => {
    const error = await pipe.transform({ title: 'a\u0000b', tags: ['ok', '\ud800'] }, ARGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect((error as InputValidationError).fields).toEqual({
      'input.title': ['Must not contain control characters'],
      'input.tags.1': ['Must be well-formed Unicode (no lone surrogate halves)'],
    });
    await expect(pipe.transform('x\u0000', { type: 3, data: 'token', metatype: String } as unknown as ArgumentMetadata)).rejects.toBeInstanceOf(
      InputValidationError,
    );
  });

  it('leaves values that are not client arguments alone (the request context is large and cyclic)', async () => {
    const context: Record<string, unknown> = { header: 'x\u0000' };
    context.self = context;
    await expect(pipe.transform(context, CONTEXT)).resolves.toBe(context);
  });

  it('walks a cyclic argument once', async () => {
    const value: Record<string, unknown> = { name: 'fine' };
    value.again = value;
    await expect(pipe.transform(value, ARGS)).resolves.toBe(value);
  });
});
