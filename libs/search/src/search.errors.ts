import { defineErrors } from '@techbridge/platform';

/** Search's error reasons (the concept layer's edits) and the public code each maps to. */
export const searchError = defineErrors({
  CONCEPT_NOT_FOUND: 'NOT_FOUND',
  CONCEPT_INVALID: 'BAD_USER_INPUT',
});
