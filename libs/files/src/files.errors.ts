import { defineErrors } from '@techbridge/platform';

/** Files' error reasons and the public code each maps to (also the HTTP status on /files). */
export const filesError = defineErrors({
  FILE_NOT_FOUND: 'NOT_FOUND',
  FILE_TOO_LARGE: 'BAD_USER_INPUT',
  FILE_TYPE_NOT_ALLOWED: 'BAD_USER_INPUT',
  CONTENT_TYPE_MISMATCH: 'BAD_USER_INPUT',
  INVALID_UPLOAD: 'BAD_USER_INPUT',
  FILE_ALREADY_ATTACHED: 'CONFLICT',
  NOT_UPLOADER: 'FORBIDDEN',
  TARGET_NOT_FOUND: 'NOT_FOUND',
  NOT_TARGET_OWNER: 'FORBIDDEN',
  NOT_A_PARTICIPANT: 'FORBIDDEN',
});
