/**
 * Records what the process writes to stdout and stderr (where the application's logger writes)
 * while a test runs, without passing it on; `stop()` puts the streams back.
 */
export class LogCapture {
  private readonly chunks: string[] = [];
  private readonly originals = {
    stdout: process.stdout.write,
    stderr: process.stderr.write,
  };

  start(): this {
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = process[name];
      stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        this.chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        callback?.();
        return true;
      }) as typeof stream.write;
    }
    return this;
  }

  stop(): void {
    process.stdout.write = this.originals.stdout;
    process.stderr.write = this.originals.stderr;
  }

  get text(): string {
    return this.chunks.join('');
  }

  /** Every line that parses as a JSON object. */
  get records(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
  }
}

/** Polls a synchronous probe (a look into captured lines) until it returns something. */
export async function waitFor<T>(probe: () => T | undefined, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Not logged within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
