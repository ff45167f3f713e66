import { loadConfig } from '@techbridge/platform';

import { MatchScorerService } from './match-scorer.service';
import { scoreValue } from './scoring/match-scorer';
import { DEFAULT_MATCH_WEIGHTS, normaliseWeights } from './scoring/match-weights';
import { DocumentFrequencies } from './text/document-frequencies';
import { MatchTokenizer } from './text/match-tokenizer';

describe('MatchScorerService and MATCH_WEIGHTS', () => {
  it('uses the defaults when MATCH_WEIGHTS is unset', () => {
    const service = new MatchScorerService(loadConfig({}), new MatchTokenizer());
    // The defaults are relative weights; the service uses them normalised to sum 1.
    const total = Object.values(DEFAULT_MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
    expect(service.weights.text).toBeCloseTo(DEFAULT_MATCH_WEIGHTS.text / total, 12);
  });

  it('applies overrides and normalises them', () => {
    const service = new MatchScorerService(loadConfig({ MATCH_WEIGHTS: '{"feedback":0}' }), new MatchTokenizer());
    expect(service.weights.feedback).toBe(0);
    expect(Object.values(service.weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1, 12);
  });

  it('rejects malformed weights at config load and unknown factors at start', () => {
    expect(() => loadConfig({ MATCH_WEIGHTS: 'text=1' })).toThrow('MATCH_WEIGHTS must be a JSON object');
    expect(() => loadConfig({ MATCH_WEIGHTS: '{"text":-1}' })).toThrow('MATCH_WEIGHTS must be a JSON object');
    expect(() => new MatchScorerService(loadConfig({ MATCH_WEIGHTS: '{"colour":1}' }), new MatchTokenizer())).toThrow(
      'MATCH_WEIGHTS: Unknown match factor: colour',
    );
  });

  it('ranks results for a need', () => {
    const service = new MatchScorerService(loadConfig({}), new MatchTokenizer());
    const base = {
      summary: '',
      keywords: [],
      trl: 6,
      transferModes: [],
      priceMin: null,
      priceMax: null,
      negotiable: true,
      district: null,
      grantedPatents: 0,
      patents: 0,
      publishedAt: null,
      ownerId: 'u',
    };
    const ranked = service.rank(
      {
        id: 'n',
        title: '硫化物固态电解质',
        summary: '',
        keywords: [],
        fieldCode: 'JL.SSB',
        minTrl: null,
        budgetMin: null,
        budgetMax: null,
        negotiable: true,
        preferredModes: [],
        district: null,
        publishedAt: null,
        enterpriseId: 'e',
      },
      [
        { ...base, id: 'far', title: '深远海养殖工船', fieldCode: 'HC.AQV' },
        { ...base, id: 'near', title: '硫化物固态电解质制备', fieldCode: 'JL.SSB' },
      ],
      DocumentFrequencies.fromDocuments([]),
      1,
    );
    expect(ranked.map((entry) => entry.result.id)).toEqual(['near']);
  });

  it('scores with the active learned model per need field, and with the configured weights again once it is gone', () => {
    const service = new MatchScorerService(loadConfig({}), new MatchTokenizer());
    const global = normaliseWeights({ text: 0.1, maturity: 0.5 });
    const ssb = normaliseWeights({ text: 0.05, price: 0.6 });
    service.useWeightModel({ version: 4, global, fields: new Map([['JL.SSB', ssb]]) });
    expect(service.weightsForField('JL.SSB')).toBe(ssb);
    expect(service.weightsForField('HC.AQV')).toBe(global);
    const text = service.text(DocumentFrequencies.fromDocuments([]));
    const need = {
      id: 'n',
      title: '固态电解质',
      summary: '',
      keywords: [],
      minTrl: 6,
      budgetMin: 100,
      budgetMax: 200,
      negotiable: false,
      preferredModes: [],
      district: null,
      publishedAt: null,
      enterpriseId: 'e',
    };
    const result = text.prepareResult({
      id: 'r',
      title: '固态电解质',
      summary: '',
      keywords: [],
      fieldCode: 'JL.SSB',
      trl: 4,
      transferModes: [],
      priceMin: 900,
      priceMax: 900,
      negotiable: false,
      district: null,
      grantedPatents: 0,
      patents: 0,
      publishedAt: null,
      ownerId: 'u',
    });
    const inField = text.prepareNeed({ ...need, fieldCode: 'JL.SSB' });
    const [ranked] = service.rank(inField.need, [result.result], DocumentFrequencies.fromDocuments([]), 1);
    expect(ranked.score.factors.map((factor) => factor.weight)).toEqual(Object.values(ssb));
    const learned = scoreValue(inField, result, service.context());
    service.useWeightModel(null);
    expect(service.weightsForField('JL.SSB')).toBe(service.weights);
    expect(scoreValue(inField, result, service.context())).not.toBeCloseTo(learned, 3);
  });
});
