import { defineErrors } from '@techbridge/platform';

/** Mail's error reasons and the public code each maps to. */
export const mailError = defineErrors({
  MAIL_NOT_FOUND: 'NOT_FOUND',
});
