import { defineErrors } from '@techbridge/platform';

/** Matching's error reasons and the public code each maps to. */
export const matchingError = defineErrors({
  MATCH_NOT_FOUND: 'NOT_FOUND',
  NEED_NOT_FOUND: 'NOT_FOUND',
  RESULT_NOT_FOUND: 'NOT_FOUND',
  MATCHES_FORBIDDEN: 'FORBIDDEN',
  NEED_NOT_PUBLISHED: 'CONFLICT',
  MATCH_CONVERTED: 'CONFLICT',
});
