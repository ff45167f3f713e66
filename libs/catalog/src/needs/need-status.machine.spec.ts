import { DomainError } from '@techbridge/platform';

import { NeedStatus } from '../catalog.enums';
import { assertNeedTransition, canMoveNeed, needEditable } from './need-status.machine';

const S = NeedStatus;
const ALLOWED = new Set([
  `${S.DRAFT}>${S.PUBLISHED}`,
  `${S.DRAFT}>${S.CLOSED}`,
  `${S.PUBLISHED}>${S.IN_NEGOTIATION}`,
  `${S.PUBLISHED}>${S.CLOSED}`,
  `${S.IN_NEGOTIATION}>${S.PUBLISHED}`,
  `${S.IN_NEGOTIATION}>${S.SOLVED}`,
  `${S.IN_NEGOTIATION}>${S.CLOSED}`,
]);
const ALL = Object.values(NeedStatus);
const PAIRS = ALL.flatMap((from) => ALL.map((to) => [from, to] as const));

describe('need status machine', () => {
  it('covers all 25 from×to pairs', () => {
    expect(PAIRS).toHaveLength(25);
  });

  it.each(PAIRS)('%s → %s', (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`);
    expect(canMoveNeed(from, to)).toBe(allowed);
    if (allowed) {
      expect(() => assertNeedTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertNeedTransition(from, to)).toThrow(DomainError);
      try {
        assertNeedTransition(from, to);
      } catch (error) {
        expect((error as DomainError).code).toBe('CONFLICT');
      }
    }
  });

  it('lets enterprises edit until solved or closed', () => {
    expect(ALL.filter(needEditable)).toEqual([S.DRAFT, S.PUBLISHED, S.IN_NEGOTIATION]);
  });
});
