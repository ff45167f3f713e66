import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogAccessPolicy, CatalogAccessService, findResult, LISTED_RESULT_STATUSES, lockNeed, NeedStatus, Visibility } from '@techbridge/catalog';
import { OrganizationService } from '@techbridge/identity';
import { hasRole, isAdmin, Principal, Role } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { brokerageError } from '../brokerage.errors';
import { DealEntity } from './deal.entity';
import { DealService } from './deal.service';
import { MATCH_LOOKUP, MatchLookup } from './match-lookup.port';

/** Needs a deal can still be opened on. */
const OPENABLE_NEED_STATUSES: readonly NeedStatus[] = [NeedStatus.PUBLISHED, NeedStatus.IN_NEGOTIATION];

/**
 * Opens deals on a (result, need) pair, from a match or directly. Who may: a certified broker
 * (who then runs the deal), the result's owner organization or the need's enterprise (a broker
 * is assigned automatically), and administrators (likewise). The pair's rows are read in the
 * deal's transaction with the need locked, so two openings of one need queue behind each other;
 * the one-open-deal-per-pair unique key turns a second opening into a CONFLICT.
 *
 * Opening a deal shows each side the other's confidential details, so it is no way around the
 * NDA: apart from administrators, only members of verified organizations open deals, both
 * parties' organizations must be verified, and a party opening a deal on the other side's TEASER
 * item thereby accepts its NDA — recorded as an acceptance (`via: deal:<id>`) in the deal's
 * transaction, exactly as `acceptResultNda` / `acceptNeedNda` would.
 */
@Injectable()
export class DealOpeningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deals: DealService,
    private readonly policy: CatalogAccessPolicy,
    private readonly access: CatalogAccessService,
    private readonly organizations: OrganizationService,
    @Optional() @Inject(MATCH_LOOKUP) private readonly matches: MatchLookup | null,
  ) {}

  async openForPair(resultId: string, needId: string, principal: Principal): Promise<DealEntity> {
    return this.dataSource.transaction((tx) => this.open(tx, resultId, needId, null, principal));
  }

  /** `openDeal(matchId)`: the match's pair, and the match turns CONVERTED in the same transaction. */
  async openFromMatch(matchId: string, principal: Principal): Promise<DealEntity> {
    if (!this.matches) throw brokerageError('MATCH_NOT_FOUND', 'Matches are not available in this deployment');
    const match = await this.matches.find(matchId);
    if (!match) throw brokerageError('MATCH_NOT_FOUND', 'No such match');
    const lookup = this.matches;
    return this.dataSource.transaction(async (tx) => {
      const deal = await this.open(tx, match.resultId, match.needId, match.id, principal);
      await lookup.markConverted(tx, match.id);
      return deal;
    });
  }

  private async open(tx: EntityManager, resultId: string, needId: string, matchId: string | null, principal: Principal): Promise<DealEntity> {
    const need = await lockNeed(tx, needId);
    const result = await findResult(tx, resultId);
    if (!result || (await this.policy.results(principal, [result], tx))[0] === 'NONE') throw brokerageError('RESULT_NOT_FOUND', 'No such research result');
    if (!need || (await this.policy.needs(principal, [need], tx))[0] === 'NONE') throw brokerageError('NEED_NOT_FOUND', 'No such technical need');

    const broker = hasRole(principal, Role.BROKER);
    const party = principal.organizationId !== null && (principal.organizationId === result.ownerId || principal.organizationId === need.enterpriseId);
    if (!broker && !party && !isAdmin(principal)) {
      throw brokerageError('OPEN_FORBIDDEN', "Deals are opened by brokers, administrators, the result's owner or the need's enterprise");
    }
    const parties = [result.ownerId, need.enterpriseId, ...(principal.organizationId ? [principal.organizationId] : [])];
    const verified = await this.organizations.verifiedIds(tx, parties);
    if (!isAdmin(principal) && (principal.organizationId === null || !verified.has(principal.organizationId))) {
      throw brokerageError('ORGANIZATION_NOT_VERIFIED', 'Only members of verified organizations open deals; ask an administrator to verify yours');
    }
    if (!verified.has(result.ownerId) || !verified.has(need.enterpriseId)) {
      throw brokerageError('PARTY_NOT_VERIFIED', "Both the result's owner and the need's enterprise must be verified organizations before a deal opens");
    }
    if (!LISTED_RESULT_STATUSES.includes(result.status)) throw brokerageError('PAIR_NOT_OPEN', `A ${result.status} result is not on the market`);
    if (!OPENABLE_NEED_STATUSES.includes(need.status)) throw brokerageError('PAIR_NOT_OPEN', `A ${need.status} need takes no new deals`);

    const [existing] = (await tx.query(`SELECT id FROM deal WHERE result_id = $1 AND need_id = $2 AND stage IN ('INTRODUCED','NEGOTIATING','TERMS_AGREED')`, [
      resultId,
      needId,
    ])) as { id: string }[];
    if (existing) throw brokerageError('DEAL_EXISTS', 'This result and need already have an open deal');

    const deal = await this.deals.open(
      {
        resultId,
        needId,
        matchId,
        ownerOrgId: result.ownerId,
        enterpriseOrgId: need.enterpriseId,
        fieldCode: result.fieldCode,
        // A broker who is also a party (a service agency owning the result) still runs the deal.
        brokerId: broker ? principal.userId : null,
      },
      principal,
      tx,
    );
    // The receiving party's opener accepts the NDA of the other side's TEASER item (the owner
    // side, a broker or an administrator discloses under their own agreement and needs none).
    const via = `deal:${deal.id}`;
    if (!broker && !isAdmin(principal)) {
      if (principal.organizationId === need.enterpriseId && result.ownerId !== need.enterpriseId && result.visibility === Visibility.TEASER) {
        await this.access.acceptNda(tx, 'RESULT', result.id, principal.userId, via, result.ownerId);
      }
      if (principal.organizationId === result.ownerId && result.ownerId !== need.enterpriseId && need.visibility === Visibility.TEASER) {
        await this.access.acceptNda(tx, 'NEED', need.id, principal.userId, via, need.enterpriseId);
      }
    }
    return deal;
  }
}
