import { DealStage } from '@techbridge/brokerage';

import { offerAcceptedText, STAGE_LABELS, stageChangeText } from './deal-room-text';

describe('deal room texts', () => {
  it('writes a stage change in Chinese and English', () => {
    expect(stageChangeText(DealStage.NEGOTIATING, DealStage.TERMS_AGREED)).toBe('阶段变更：洽谈中 → 条款已议定 / Stage: NEGOTIATING → TERMS_AGREED');
  });

  it('adds the reason of a lost deal and names the opening stage alone', () => {
    expect(stageChangeText(DealStage.INTRODUCED, DealStage.LOST, '  预算不足 ')).toBe('阶段变更：已引荐 → 已终止 / Stage: INTRODUCED → LOST（预算不足）');
    expect(stageChangeText(null, DealStage.INTRODUCED)).toBe('阶段：已引荐 / Stage: INTRODUCED');
  });

  it('labels every stage', () => {
    for (const stage of Object.values(DealStage)) expect(STAGE_LABELS[stage]).toMatch(/\S/);
  });

  it('names the accepted offer by its seq', () => {
    expect(offerAcceptedText(7, '1250000.00', 'LICENSE')).toBe('报价已接受 / Offer #7 accepted: 1250000.00 CNY, LICENSE');
  });
});
