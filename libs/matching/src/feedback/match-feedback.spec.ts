import { DISMISS_REASONS, feedbackAdjustment, FeedbackEvent, FeedbackStats, isDismissReason } from './match-feedback';

const dismiss = (needFieldCode: string, resultFieldCode: string, reason: FeedbackEvent['reason'], times = 1): FeedbackEvent[] =>
  Array.from({ length: times }, () => ({ needFieldCode, resultFieldCode, status: 'DISMISSED', reason }));
const shortlist = (needFieldCode: string, resultFieldCode: string, times = 1): FeedbackEvent[] =>
  Array.from({ length: times }, () => ({ needFieldCode, resultFieldCode, status: 'SHORTLISTED' }));

describe('feedback rule', () => {
  it('is neutral without feedback', () => {
    expect(feedbackAdjustment(undefined)).toEqual({ value: 0.5, shortlisted: 0, dismissed: 0, mainReason: null });
  });

  it('is smoothed: one click moves the value by at most 0.1', () => {
    for (const reason of DISMISS_REASONS) {
      const value = feedbackAdjustment({ shortlisted: 0, dismissed: { [reason]: 1 } }).value;
      expect(Math.abs(value - 0.5)).toBeLessThanOrEqual(0.1 + 1e-12);
    }
    expect(feedbackAdjustment({ shortlisted: 1, dismissed: {} }).value).toBeCloseTo(0.6, 12);
  });

  it('lowers a pair with many wrong-field dismissals and raises one with many shortlists', () => {
    const wrong = feedbackAdjustment({ shortlisted: 0, dismissed: { WRONG_FIELD: 12 } });
    expect(wrong.value).toBeLessThan(0.2);
    expect(wrong.mainReason).toBe('WRONG_FIELD');
    expect(feedbackAdjustment({ shortlisted: 12, dismissed: {} }).value).toBeGreaterThan(0.8);
  });

  it('weighs a wrong field more than price, and "already known" not against the pair', () => {
    const wrongField = feedbackAdjustment({ shortlisted: 0, dismissed: { WRONG_FIELD: 5 } }).value;
    const price = feedbackAdjustment({ shortlisted: 0, dismissed: { PRICE: 5 } }).value;
    const known = feedbackAdjustment({ shortlisted: 0, dismissed: { ALREADY_KNOWN: 5 } }).value;
    expect(wrongField).toBeLessThan(price);
    expect(price).toBeLessThan(0.5);
    expect(known).toBeGreaterThan(0.5);
  });

  it('aggregates events per field pair and lets the same chains count a little', () => {
    const stats = FeedbackStats.fromEvents([
      ...dismiss('JL.SSB', 'JL.H2', 'WRONG_FIELD', 8),
      ...shortlist('JL.SSB', 'JL.SSB', 3),
      ...dismiss('JL.SSB', 'JL.SSB', 'PRICE'),
    ]);
    expect(stats.counts('JL.SSB', 'JL.H2')).toEqual({ shortlisted: 0, dismissed: { WRONG_FIELD: 8 } });
    const exact = stats.adjustment('JL.SSB', 'JL.H2').value;
    const sibling = stats.adjustment('JL.SSB', 'JL.MAT').value;
    const unrelated = stats.adjustment('HC.AQV', 'QL.FOOD').value;
    expect(exact).toBeLessThan(sibling);
    expect(unrelated).toBe(0.5);
    expect(stats.adjustment('JL.SSB', 'JL.SSB').value).toBeGreaterThan(0.5);
    // The direction matters: dismissals of desalination results for battery needs say nothing
    // of battery results for desalination needs.
    stats.add({ needFieldCode: 'JL.SSB', resultFieldCode: 'HC.DESAL', status: 'DISMISSED', reason: 'WRONG_FIELD' });
    expect(stats.adjustment('JL.SSB', 'HC.DESAL').dismissed).toBe(1);
    expect(stats.adjustment('HC.DESAL', 'JL.SSB').dismissed).toBe(0);
  });

  it('counts a dismissal without a reason as OTHER and knows the closed list', () => {
    const stats = FeedbackStats.fromEvents([{ needFieldCode: 'QL.FOOD', resultFieldCode: 'QL.FOOD', status: 'DISMISSED', reason: null }]);
    expect(stats.counts('QL.FOOD', 'QL.FOOD')?.dismissed).toEqual({ OTHER: 1 });
    expect(isDismissReason('PRICE')).toBe(true);
    expect(isDismissReason('TOO_EXPENSIVE')).toBe(false);
  });
});
