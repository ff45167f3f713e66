/**
 * The embedded engine's remembered answers: a statement's row under the write count of its index
 * when it ran. Search as you type sends the same few first characters from everyone (电, 机 …),
 * and those are the statements that rank the most matches; while nothing is written to the
 * index their answer cannot change. Least recently used entries go first.
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, { version: string; value: T }>();

  constructor(private readonly capacity: number) {}

  get(key: string, version: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
