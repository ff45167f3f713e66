import { defineErrors } from '@techbridge/platform';

/** Insights' error reasons and the public code each maps to. */
export const insightsError = defineErrors({
  SCOPE_FORBIDDEN: 'FORBIDDEN',
  UNKNOWN_KPI: 'BAD_USER_INPUT',
  INVALID_TARGET: 'BAD_USER_INPUT',
  INVALID_YEAR: 'BAD_USER_INPUT',
});
