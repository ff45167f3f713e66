import { DealStage } from '@techbridge/brokerage';

/** Chinese names of the stages, as the parties read them in the deal room. */
export const STAGE_LABELS: Readonly<Record<DealStage, string>> = {
  [DealStage.INTRODUCED]: '已引荐',
  [DealStage.NEGOTIATING]: '洽谈中',
  [DealStage.TERMS_AGREED]: '条款已议定',
  [DealStage.CONTRACT_SIGNED]: '已签约',
  [DealStage.LOST]: '已终止',
};

/** "阶段变更：洽谈中 → 条款已议定 / Stage: NEGOTIATING → TERMS_AGREED", with the note or reason after it. */
export function stageChangeText(from: DealStage | null, to: DealStage, detail?: string | null): string {
  const zh = from ? `阶段变更：${STAGE_LABELS[from]} → ${STAGE_LABELS[to]}` : `阶段：${STAGE_LABELS[to]}`;
  const en = from ? `Stage: ${from} → ${to}` : `Stage: ${to}`;
  const extra = detail?.trim() ? `（${detail.trim()}）` : '';
  return `${zh} / ${en}${extra}`;
}

/** "报价已接受 / Offer #7 accepted: 1250000.00 CNY, LICENSE". */
export function offerAcceptedText(seq: number, amount: string, contractType: string): string {
  return `报价已接受 / Offer #${seq} accepted: ${amount} CNY, ${contractType}`;
}
