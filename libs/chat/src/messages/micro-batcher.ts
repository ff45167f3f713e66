/**
 * Collects calls arriving within a short window (or until `maxSize`) and hands them to one
 * `flush` call, so that many sends share one transaction and one commit. Each call settles on
 * its own: `flush` returns one outcome per item, in order.
 */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface MicroBatcherOptions {
  /** How long the first item of a batch waits for company, in ms (0: the next macrotask). */
  windowMs: number;
  maxSize: number;
  /**
   * Batches being flushed at once at most. While they run, new items queue up and leave together
   * when one finishes, so batches grow with the load instead of the flushes piling up.
   */
  maxInFlight: number;
}

export class MicroBatcher<T, R> {
  private queue: { item: T; resolve: (value: R) => void; reject: (error: unknown) => void }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private inFlight = 0;

  constructor(
    private readonly options: MicroBatcherOptions,
    private readonly flush: (items: T[]) => Promise<Outcome<R>[]>,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (this.queue.length >= this.options.maxSize) this.drain();
      else this.timer ??= setTimeout(() => this.drain(), this.options.windowMs);
    });
  }

  private drain(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.queue.length === 0 || this.inFlight >= this.options.maxInFlight) return;
    const batch = this.queue.splice(0, this.options.maxSize);
    this.inFlight++;
    this.flush(batch.map((entry) => entry.item))
      .then(
        (outcomes) =>
          batch.forEach((entry, index) => {
            const outcome = outcomes[index];
            if (!outcome) entry.reject(new Error('The batch returned no outcome for this item'));
            else if (outcome.ok) entry.resolve(outcome.value);
            else entry.reject(outcome.error);
          }),
        (error: unknown) => batch.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        this.inFlight--;
        this.drain();
      });
  }
}
