import { defineErrors } from '@techbridge/platform';

/** Identity's error reasons and the public code each maps to. */
export const identityError = defineErrors({
  EMAIL_TAKEN: 'CONFLICT',
  CREDIT_CODE_TAKEN: 'CONFLICT',
  BAD_CREDENTIALS: 'UNAUTHENTICATED',
  REFRESH_TOKEN_INVALID: 'UNAUTHENTICATED',
  REFRESH_TOKEN_REUSED: 'UNAUTHENTICATED',
  USER_NOT_FOUND: 'NOT_FOUND',
  ORGANIZATION_NOT_FOUND: 'NOT_FOUND',
  SELF_REGISTRATION_REFUSED: 'BAD_USER_INPUT',
  SERVICE_TEAM_FORBIDDEN: 'FORBIDDEN',
});
