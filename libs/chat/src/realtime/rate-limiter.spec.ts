import { SlidingWindowLimiter } from './rate-limiter';

describe('SlidingWindowLimiter', () => {
  it('allows `limit` events per window and refuses the next one', () => {
    const limiter = new SlidingWindowLimiter(3, 1000);
    expect([limiter.take(0), limiter.take(10), limiter.take(20), limiter.take(30)]).toEqual([true, true, true, false]);
  });

  it('frees a slot once the oldest event leaves the window, and does not count refusals', () => {
    const limiter = new SlidingWindowLimiter(2, 1000);
    expect(limiter.take(0)).toBe(true);
    expect(limiter.take(500)).toBe(true);
    expect(limiter.take(999)).toBe(false);
    expect(limiter.take(1000)).toBe(true);
    expect(limiter.take(1200)).toBe(false);
    expect(limiter.take(1500)).toBe(true);
  });
});
