export const NEED_STATUSES = ['DRAFT', 'PUBLISHED', 'IN_NEGOTIATION', 'SOLVED', 'CLOSED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_STATUS_COLORS: Record<NeedStatus, string> = {
  DRAFT: '#595959',
  PUBLISHED: '#237804',
  IN_NEGOTIATION: '#1456d9',
  SOLVED: '#08676b',
  CLOSED: '#ad4e00',
};

export const MATCH_STATUS_COLORS: Record<string, string> = {
  SUGGESTED: '#1456d9',
  SHORTLISTED: '#875400',
  DISMISSED: '#595959',
  CONVERTED: '#237804',
};

/** Reason codes a dismissal takes (the matching lib's closed list). */
export const DISMISS_REASONS = ['WRONG_FIELD', 'TRL_TOO_EARLY', 'PRICE', 'IP', 'ALREADY_KNOWN', 'OTHER'] as const;
