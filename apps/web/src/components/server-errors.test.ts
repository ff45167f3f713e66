import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCode, fieldPath, generalMessage, serverFieldErrors } from './server-errors';

const invalid = new CombinedError({
  graphQLErrors: [
    new GraphQLError('Invalid input: input.trl, input.patents.0.number', {
      extensions: { code: 'BAD_USER_INPUT', fields: { 'input.trl': ['trl must not be greater than 9'], 'input.patents.0.number': ['bad check character'] } },
    }),
  ],
});

describe('server field errors', () => {
  it('collects extensions.fields of every error', () => {
    expect(serverFieldErrors(invalid)).toEqual({ 'input.trl': ['trl must not be greater than 9'], 'input.patents.0.number': ['bad check character'] });
    expect(serverFieldErrors(undefined)).toEqual({});
  });

  it('maps a server key to the form field it belongs to', () => {
    expect(fieldPath('input.trl')).toEqual(['trl']);
    expect(fieldPath('input.patents.0.number')).toEqual(['patents', 0, 'number']);
    expect(fieldPath('amount', ['input'])).toEqual(['amount']);
    expect(fieldPath('filter.trlMin', ['filter'])).toEqual(['trlMin']);
  });

  it('gives the code and a general message', () => {
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    const conflict = new CombinedError({ graphQLErrors: [new GraphQLError('Already published', { extensions: { code: 'CONFLICT' } })] });
    expect(generalMessage(conflict)).toBe('Already published');
    expect(errorCode(conflict)).toBe('CONFLICT');
  });
});
