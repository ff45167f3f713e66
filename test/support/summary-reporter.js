/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, which CI tooling
 * reads without knowing jest's own summary format. Written at exit so it comes after jest's
 * summary (which jest prints after every custom reporter).
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests + results.numTodoTests} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
