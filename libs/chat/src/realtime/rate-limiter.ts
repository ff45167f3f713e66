/**
 * Sliding-window limit: at most `limit` events in any `windowMs`. One per socket, in memory:
 * a socket lives on one instance, so no shared store is needed.
 */
export class SlidingWindowLimiter {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an event and says whether it is within the limit (a refused event is not counted). */
  take(now = Date.now()): boolean {
    while (this.times.length > 0 && now - this.times[0] >= this.windowMs) this.times.shift();
    if (this.times.length >= this.limit) return false;
    this.times.push(now);
    return true;
  }
}
