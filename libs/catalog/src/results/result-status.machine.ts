import { ResultStatus } from '../catalog.enums';
import { catalogError } from '../catalog.errors';

/**
 * The evaluation funnel, in one table: DRAFT → SUBMITTED → EVALUATED → PUBLISHED, rejected at
 * evaluation, withdrawn at any stage before a final one. REJECTED and WITHDRAWN are final.
 */
export const RESULT_TRANSITIONS: Readonly<Record<ResultStatus, readonly ResultStatus[]>> = {
  [ResultStatus.DRAFT]: [ResultStatus.SUBMITTED, ResultStatus.WITHDRAWN],
  [ResultStatus.SUBMITTED]: [ResultStatus.EVALUATED, ResultStatus.REJECTED, ResultStatus.WITHDRAWN],
  [ResultStatus.EVALUATED]: [ResultStatus.PUBLISHED, ResultStatus.WITHDRAWN],
  [ResultStatus.PUBLISHED]: [ResultStatus.WITHDRAWN],
  [ResultStatus.REJECTED]: [],
  [ResultStatus.WITHDRAWN]: [],
};

export function canMoveResult(from: ResultStatus, to: ResultStatus): boolean {
  return RESULT_TRANSITIONS[from].includes(to);
}

/** Throws CONFLICT (ILLEGAL_TRANSITION) unless the table allows the move. */
export function assertResultTransition(from: ResultStatus, to: ResultStatus): void {
  if (!canMoveResult(from, to)) throw catalogError('ILLEGAL_TRANSITION', `A result cannot move from ${from} to ${to}`);
}

/** Owners may edit their result until it is rejected or withdrawn. */
export function resultEditable(status: ResultStatus): boolean {
  return status !== ResultStatus.REJECTED && status !== ResultStatus.WITHDRAWN;
}
