import { defineErrors } from '@techbridge/platform';

/** Chat's error reasons and the public code each maps to (over GraphQL and in socket acks). */
export const chatError = defineErrors({
  CONVERSATION_NOT_FOUND: 'NOT_FOUND',
  NOT_A_PARTICIPANT: 'FORBIDDEN',
  MESSAGE_NOT_FOUND: 'NOT_FOUND',
  NOT_AN_OFFER: 'BAD_USER_INPUT',
  OWN_OFFER: 'FORBIDDEN',
  TOO_MANY_MESSAGES: 'RATE_LIMITED',
  NO_PARTICIPANTS: 'BAD_USER_INPUT',
  ATTACHMENTS_UNAVAILABLE: 'BAD_USER_INPUT',
});
