import { defineErrors } from '@techbridge/platform';

/** Matching's error reasons and the public code each maps to. */
export const matchingError = defineErrors({
  MATCH_NOT_FOUND: 'NOT_FOUND',
  NEED_NOT_FOUND: 'NOT_FOUND',
  RESULT_NOT_FOUND: 'NOT_FOUND',
  MATCHES_FORBIDDEN: 'FORBIDDEN',
  NEED_NOT_PUBLISHED: 'CONFLICT',
  MATCH_CONVERTED: 'CONFLICT',
  /** Concept dictionary edits (see concepts/dictionary/concept-dictionary.rules.ts). */
  CONCEPT_NOT_FOUND: 'NOT_FOUND',
  CONCEPT_INVALID: 'BAD_USER_INPUT',
  CONCEPT_UNKNOWN_LINK: 'BAD_USER_INPUT',
  CONCEPT_BROADER_CYCLE: 'BAD_USER_INPUT',
  CONCEPT_DUPLICATE_TERM: 'BAD_USER_INPUT',
  CONCEPT_IN_USE: 'CONFLICT',
  CONCEPT_VERSION_NOT_FOUND: 'NOT_FOUND',
  CONCEPT_DRAFT_EMPTY: 'CONFLICT',
  CONCEPT_DRAFT_OPEN: 'CONFLICT',
  CONCEPT_DRAFT_FORBIDDEN: 'FORBIDDEN',
});
