/** Share of a collective target already pledged, 0–100 (money strings compared as numbers: display only). */
export function fundedPercent(collective: { targetAmount: string; pledgedAmount: string }): number {
  const target = Number(collective.targetAmount);
  if (!(target > 0)) return 0;
  return Math.min(100, Math.round((Number(collective.pledgedAmount) / target) * 100));
}
