import { Injectable } from '@nestjs/common';
import { Principal, RequestLoaders } from '@techbridge/platform';

import { CommissionLedgerEntity } from '../contracts/commission-ledger.entity';
import { DealContractEntity } from '../contracts/deal-contract.entity';
import { DealEntity } from './deal.entity';
import { DealService } from './deal.service';
import { DealStageChangeEntity } from './deal-stage-change.entity';

/** Request-scoped batch loading of deals and their parts, for brokerage and the libs nesting deals (chat). */
@Injectable()
export class DealLoaders {
  constructor(private readonly deals: DealService) {}

  /** The deal if the principal may see it, else null. */
  async deal(loaders: RequestLoaders, principal: Principal, id: string): Promise<DealEntity | null> {
    const deal = await loaders.get<string, DealEntity | null>('brokerage.deal', (ids) => this.deals.findByIds(ids)).load(id);
    return deal && this.deals.canSee(deal, principal) ? deal : null;
  }

  history(loaders: RequestLoaders, dealId: string): Promise<DealStageChangeEntity[]> {
    return loaders.get<string, DealStageChangeEntity[]>('brokerage.history', (ids) => this.deals.historyByDealIds(ids)).load(dealId);
  }

  commission(loaders: RequestLoaders, dealId: string): Promise<CommissionLedgerEntity | null> {
    return loaders.get<string, CommissionLedgerEntity | null>('brokerage.commission', (ids) => this.deals.commissionsByDealIds(ids)).load(dealId);
  }

  contract(loaders: RequestLoaders, dealId: string): Promise<DealContractEntity | null> {
    return loaders.get<string, DealContractEntity | null>('brokerage.contract', (ids) => this.deals.contractsByDealIds(ids)).load(dealId);
  }
}
