import { rankPlatforms, scorePlatform, SuggestionPlatform, SuggestionResult } from './pilot-suggestion.scorer';

const result: SuggestionResult = { fieldCode: 'JL.SSB', terms: new Set(['固态', '电解质', '涂布', '电池']), district: '高新区' };
const platform = (id: string, overrides: Partial<SuggestionPlatform> = {}): SuggestionPlatform => ({
  id,
  name: `平台${id}`,
  fieldCodes: ['JL.SSB'],
  capabilities: [],
  capabilityTerms: [],
  district: null,
  ...overrides,
});

describe('pilot platform suggestions', () => {
  it('same field beats same chain, and the chain code counts as the field', () => {
    expect(scorePlatform(result, platform('a'))?.reasons.map((r) => r.factor)).toEqual(['FIELD']);
    expect(scorePlatform(result, platform('b', { fieldCodes: ['JL'] }))?.reasons.map((r) => r.factor)).toEqual(['FIELD']);
    const chain = scorePlatform(result, platform('c', { fieldCodes: ['JL.H2'] }));
    expect(chain?.reasons.map((r) => r.factor)).toEqual(['CHAIN']);
    expect(chain!.score).toBeLessThan(scorePlatform(result, platform('a'))!.score);
  });

  it('names the capabilities that share terms with the result, in Chinese and English', () => {
    const suggestion = scorePlatform(
      result,
      platform('d', { fieldCodes: ['QL.CHEM'], capabilities: ['电解质涂布线', '反应釜'], capabilityTerms: [['电解质', '涂布', '线'], ['反应釜']] }),
    );
    expect(suggestion?.reasons).toEqual([expect.objectContaining({ factor: 'CAPABILITY', points: 23 })]);
    expect(suggestion?.reasons[0].zh).toContain('电解质涂布线');
    expect(suggestion?.reasons[0].zh).not.toContain('反应釜');
    expect(suggestion?.reasons[0].en).toContain('电解质, 涂布');
  });

  it('caps capability points at three shared terms and the total at 100', () => {
    const full = scorePlatform(
      result,
      platform('e', { district: '高新区', capabilities: ['固态电池电解质涂布'], capabilityTerms: [['固态', '电池', '电解质', '涂布']] }),
    );
    expect(full?.reasons.map((r) => [r.factor, r.points])).toEqual([
      ['FIELD', 50],
      ['CAPABILITY', 35],
      ['DISTRICT', 15],
    ]);
    expect(full?.score).toBe(100);
  });

  it('a district alone suggests nothing', () => {
    expect(scorePlatform(result, platform('f', { fieldCodes: ['HC.DEEP'], district: '高新区' }))).toBeNull();
  });

  it('ranks by score, then name, and cuts at the limit', () => {
    const ranked = rankPlatforms(
      result,
      [
        platform('x', { name: '乙', fieldCodes: ['JL.H2'] }),
        platform('y', { name: '甲' }),
        platform('z', { name: '丙', fieldCodes: ['BL.QT'] }),
        platform('w', { name: '甲', district: '高新区' }),
      ],
      2,
    );
    expect(ranked.map((s) => s.platformId)).toEqual(['w', 'y']);
    expect(rankPlatforms(result, [platform('x')], 0)).toEqual([]);
  });
});
