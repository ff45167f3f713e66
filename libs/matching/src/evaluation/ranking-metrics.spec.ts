import { mean, ndcgAt, overlapAt, precisionAt, recallAt } from './ranking-metrics';

describe('ranking metrics', () => {
  const grades = new Map([
    ['a', 3],
    ['b', 2],
    ['c', 1],
  ]);

  it('precision and recall count grade ≥ 1 as relevant', () => {
    expect(precisionAt(['a', 'x', 'c', 'y', 'z'], grades, 5)).toBeCloseTo(0.4, 12);
    expect(recallAt(['a', 'x', 'c'], grades, 20)).toBeCloseTo(2 / 3, 12);
    expect(recallAt([], new Map(), 20)).toBe(1);
  });

  it('nDCG is 1 for the ideal order and lower when the best is late', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades, 10)).toBeCloseTo(1, 12);
    const late = ndcgAt(['x', 'c', 'b', 'a'], grades, 10);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(0.8);
  });

  it('overlap compares a ranking with a reference top k', () => {
    expect(overlapAt(['a', 'b', 'q'], ['a', 'b', 'c'], 3)).toBeCloseTo(2 / 3, 12);
    expect(mean([1, 0, 0.5])).toBeCloseTo(0.5, 12);
  });
});
