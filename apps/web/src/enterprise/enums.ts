export const NEED_STATUSES = ['DRAFT', 'PUBLISHED', 'IN_NEGOTIATION', 'SOLVED', 'CLOSED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_STATUS_COLORS: Record<NeedStatus, string> = {
  DRAFT: 'default',
  PUBLISHED: 'success',
  IN_NEGOTIATION: 'processing',
  SOLVED: 'cyan',
  CLOSED: 'warning',
};

export const MATCH_STATUS_COLORS: Record<string, string> = {
  SUGGESTED: 'blue',
  SHORTLISTED: 'gold',
  DISMISSED: 'default',
  CONVERTED: 'green',
};

/** Reason codes a dismissal takes (the matching lib's closed list). */
export const DISMISS_REASONS = ['WRONG_FIELD', 'TRL_TOO_EARLY', 'PRICE', 'IP', 'ALREADY_KNOWN', 'OTHER'] as const;
