import { describe, expect, it } from 'vitest';
import { MATCH_FACTORS } from '../../../../libs/matching/src/scoring/match-weights';
import { factorsEn as enterpriseEn, factorsZh as enterpriseZh } from './factors.i18n';

describe('match factor names', () => {
  it('name every factor the scorer reports in Chinese and English', () => {
    // The scorer's own list: a factor added there without a name here would show its key in the bars.
    for (const factor of MATCH_FACTORS) {
      expect(enterpriseZh.factor[factor as keyof typeof enterpriseZh.factor], factor).toBeTruthy();
      expect(enterpriseEn.factor[factor as keyof typeof enterpriseEn.factor], factor).toBeTruthy();
    }
    expect(Object.keys(enterpriseZh.factor).sort()).toEqual([...MATCH_FACTORS].sort());
  });
});
