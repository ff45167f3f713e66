/** A one-line progress bar with a rate, redrawn in place on a terminal and logged sparsely otherwise. */
export class ProgressBar {
  private step = '';
  private started = Date.now();
  private lastDraw = 0;

  update(step: string, done: number, total: number): void {
    if (step !== this.step) {
      if (this.step) this.finish();
      this.step = step;
      this.started = Date.now();
    }
    const now = Date.now();
    if (done < total && now - this.lastDraw < (process.stdout.isTTY ? 100 : 2000)) return;
    this.lastDraw = now;
    const ratio = total > 0 ? done / total : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    const rate = done / Math.max((now - this.started) / 1000, 0.001);
    const line = `${step.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${Math.round(rate)} rows/s`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
    else process.stdout.write(`${line}\n`);
  }

  finish(): void {
    if (this.step && process.stdout.isTTY) process.stdout.write('\n');
    this.step = '';
  }
}
