import { MATCH_FACTORS, TrainReport } from '@techbridge/matching';

const pad = (text: string, width: number) => text.padEnd(width);
const figure = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(4));

/**
 * What `matching-train` prints: the signal it read, held-out nDCG@10 per field with the weights
 * in use and with the candidate, the weights before and after per field, and the decision.
 */
export function formatTrainReport(report: TrainReport): string {
  const lines: string[] = [];
  const c = report.data.counts;
  lines.push(
    `Signal: ${c.CONTRACT_SIGNED} contracts, ${c.DEAL_OPENED} deals, ${c.SHORTLISTED} shortlisted, ${c.SHOWN} shown without action, ${c.DISMISSED} dismissed` +
      (report.data.skipped > 0 ? `; ${report.data.skipped} pairs skipped (stored factors incomplete)` : ''),
  );
  lines.push(`Needs with signal: ${report.data.needs} (${report.data.trainNeeds} to train, ${report.data.holdoutNeeds} held out, newest last)`);
  lines.push(`Weights in use: ${report.previousVersion === null ? 'the configured defaults' : `model version ${report.previousVersion}`}`);
  if (report.fields.length > 0) {
    const held = new Map((report.comparison?.fields ?? []).map((field) => [field.fieldCode, field]));
    lines.push('', `${pad('field', 12)}${pad('model', 8)}${pad('pairs', 8)}${pad('held out', 10)}${pad('nDCG@10 before', 16)}nDCG@10 after`);
    for (const field of report.fields) {
      const comparison = field.fieldCode === '*' ? report.comparison : held.get(field.fieldCode);
      lines.push(
        `${pad(field.fieldCode === '*' ? '* (all)' : field.fieldCode, 12)}${pad(field.source, 8)}${pad(String(field.pairs), 8)}${pad(String(comparison?.holdoutNeeds ?? 0), 10)}` +
          `${pad(figure(comparison?.before), 16)}${figure(comparison?.after)}`,
      );
    }
    lines.push('', `${pad('field', 12)}${pad('', 8)}${MATCH_FACTORS.map((factor) => pad(factor, 10)).join('')}`);
    for (const field of report.fields) {
      const name = field.fieldCode === '*' ? '* (all)' : field.fieldCode;
      lines.push(`${pad(name, 12)}${pad('before', 8)}${MATCH_FACTORS.map((factor) => pad(field.before[factor].toFixed(3), 10)).join('')}`);
      lines.push(`${pad('', 12)}${pad('after', 8)}${MATCH_FACTORS.map((factor) => pad(field.after[factor].toFixed(3), 10)).join('')}`);
    }
  }
  lines.push('', `${report.version === null ? 'No version stored' : `Version ${report.version} stored`}; ${report.decision}.`);
  return `${lines.join('\n')}\n`;
}
