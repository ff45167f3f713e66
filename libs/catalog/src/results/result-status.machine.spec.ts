import { DomainError } from '@techbridge/platform';

import { ResultStatus } from '../catalog.enums';
import { assertResultTransition, canMoveResult, resultEditable } from './result-status.machine';

const S = ResultStatus;
/** The funnel as the issue states it, written out independently of the table under test. */
const ALLOWED = new Set([
  `${S.DRAFT}>${S.SUBMITTED}`,
  `${S.DRAFT}>${S.WITHDRAWN}`,
  `${S.SUBMITTED}>${S.EVALUATED}`,
  `${S.SUBMITTED}>${S.REJECTED}`,
  `${S.SUBMITTED}>${S.WITHDRAWN}`,
  `${S.EVALUATED}>${S.PUBLISHED}`,
  `${S.EVALUATED}>${S.WITHDRAWN}`,
  `${S.PUBLISHED}>${S.WITHDRAWN}`,
]);
const ALL = Object.values(ResultStatus);
const PAIRS = ALL.flatMap((from) => ALL.map((to) => [from, to] as const));

describe('result status machine', () => {
  it('covers all 36 from×to pairs', () => {
    expect(PAIRS).toHaveLength(36);
  });

  it.each(PAIRS)('%s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`);
    expect(canMoveResult(from, to)).toBe(allowed);
    if (allowed) {
      expect(() => assertResultTransition(from, to)).not.toThrow();
    } else {
      let thrown: unknown;
      try {
        assertResultTransition(from, to);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect((thrown as DomainError).code).toBe('CONFLICT');
      expect((thrown as DomainError).reason).toBe('ILLEGAL_TRANSITION');
    }
  });

  it('lets owners edit until rejected or withdrawn', () => {
    expect(ALL.filter(resultEditable)).toEqual([S.DRAFT, S.SUBMITTED, S.EVALUATED, S.PUBLISHED]);
  });
});
