import { defineErrors } from '@techbridge/platform';

/** Pilot's error reasons and the public code each maps to. */
export const pilotError = defineErrors({
  PLATFORM_NOT_FOUND: 'NOT_FOUND',
  BOOKING_NOT_FOUND: 'NOT_FOUND',
  RESULT_NOT_FOUND: 'NOT_FOUND',
  OPERATOR_NOT_FOUND: 'NOT_FOUND',
  WRONG_ORGANIZATION_KIND: 'FORBIDDEN',
  NOT_RESULT_OWNER: 'FORBIDDEN',
  NOT_OPERATOR: 'FORBIDDEN',
  RESULT_NOT_PUBLISHED: 'CONFLICT',
  ILLEGAL_TRANSITION: 'CONFLICT',
  NOT_FINISHED: 'CONFLICT',
});
