import { registerEnumType } from '@nestjs/graphql';

export enum DealStage {
  INTRODUCED = 'INTRODUCED',
  NEGOTIATING = 'NEGOTIATING',
  TERMS_AGREED = 'TERMS_AGREED',
  CONTRACT_SIGNED = 'CONTRACT_SIGNED',
  LOST = 'LOST',
}

registerEnumType(DealStage, {
  name: 'DealStage',
  description: 'Where a deal stands in the broker-run pipeline.',
  valuesMap: {
    INTRODUCED: { description: 'Parties introduced; the broker makes first contact (引荐).' },
    NEGOTIATING: { description: 'Parties negotiate scope and price (洽谈).' },
    TERMS_AGREED: { description: 'Terms agreed; the contract is being prepared (达成意向).' },
    CONTRACT_SIGNED: { description: 'Technology contract signed; counts towards turnover (签约). Final.' },
    LOST: { description: 'Abandoned, with a reason. Final.' },
  },
});

export const OPEN_STAGES: readonly DealStage[] = [DealStage.INTRODUCED, DealStage.NEGOTIATING, DealStage.TERMS_AGREED];

export function isOpenStage(stage: DealStage): boolean {
  return OPEN_STAGES.includes(stage);
}
