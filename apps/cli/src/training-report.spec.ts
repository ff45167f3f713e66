import { normaliseWeights, TrainReport } from '@techbridge/matching';

import { formatTrainReport } from './training-report';

describe('formatTrainReport', () => {
  const before = normaliseWeights();
  const after = normaliseWeights({ maturity: 0.3, price: 0.2 });
  const report: TrainReport = {
    version: 3,
    activated: true,
    decision: 'activated: the candidate beats the weights in use (held-out nDCG@10 0.7000 → 0.8000)',
    previousVersion: 2,
    data: { counts: { CONTRACT_SIGNED: 1, DEAL_OPENED: 2, SHORTLISTED: 30, SHOWN: 60, DISMISSED: 31 }, skipped: 4, needs: 15, trainNeeds: 12, holdoutNeeds: 3 },
    comparison: {
      fields: [{ fieldCode: 'JL.SSB', holdoutNeeds: 3, before: 0.7, after: 0.8 }],
      holdoutNeeds: 3,
      before: 0.7,
      after: 0.8,
      beats: true,
    },
    fields: [
      { fieldCode: '*', source: 'field', pairs: 900, before, after },
      { fieldCode: 'JL.SSB', source: 'field', pairs: 800, before, after },
      { fieldCode: 'HC.AQV', source: 'global', pairs: 900, before, after },
    ],
  };

  it('prints the signal, nDCG@10 before/after per field, the weights before/after and the decision', () => {
    const text = formatTrainReport(report);
    expect(text).toContain('Signal: 1 contracts, 2 deals, 30 shortlisted, 60 shown without action, 31 dismissed; 4 pairs skipped');
    expect(text).toContain('Needs with signal: 15 (12 to train, 3 held out, newest last)');
    expect(text).toContain('Weights in use: model version 2');
    const lines = text.split('\n');
    expect(lines.find((line) => line.startsWith('JL.SSB') && line.includes('800'))).toMatch(/^JL\.SSB\s+field\s+800\s+3\s+0\.7000\s+0\.8000$/);
    // A field with no held-out need shows no figure rather than a zero.
    expect(lines.find((line) => line.startsWith('HC.AQV') && line.includes('global'))).toMatch(/^HC\.AQV\s+global\s+900\s+0\s+—\s+—$/);
    const maturity = (row: string) => Number(row.trim().split(/\s+/).slice(-7)[0]);
    const weightRows = lines.filter((line) => /^(\* \(all\)\s+before|\s+after)/.test(line));
    expect(maturity(weightRows[0])).toBeCloseTo(before.maturity, 3);
    expect(maturity(weightRows[1])).toBeCloseTo(after.maturity, 3);
    expect(text.trimEnd().endsWith('Version 3 stored; activated: the candidate beats the weights in use (held-out nDCG@10 0.7000 → 0.8000).')).toBe(true);
  });
});
