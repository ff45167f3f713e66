import { NeedStatus } from '../catalog.enums';
import { catalogError } from '../catalog.errors';

/**
 * Life of a need, in one table. IN_NEGOTIATION and SOLVED are reached by the deal pipeline;
 * a failed negotiation puts the need back on the market. SOLVED and CLOSED are final.
 */
export const NEED_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  [NeedStatus.DRAFT]: [NeedStatus.PUBLISHED, NeedStatus.CLOSED],
  [NeedStatus.PUBLISHED]: [NeedStatus.IN_NEGOTIATION, NeedStatus.CLOSED],
  [NeedStatus.IN_NEGOTIATION]: [NeedStatus.PUBLISHED, NeedStatus.SOLVED, NeedStatus.CLOSED],
  [NeedStatus.SOLVED]: [],
  [NeedStatus.CLOSED]: [],
};

export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_TRANSITIONS[from].includes(to);
}

export function assertNeedTransition(from: NeedStatus, to: NeedStatus): void {
  if (!canMoveNeed(from, to)) throw catalogError('ILLEGAL_TRANSITION', `A need cannot move from ${from} to ${to}`);
}

/** Enterprises may edit their need until it is solved or closed. */
export function needEditable(status: NeedStatus): boolean {
  return status !== NeedStatus.SOLVED && status !== NeedStatus.CLOSED;
}
