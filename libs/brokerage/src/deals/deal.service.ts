import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { claimNamedBrokerSlot, isCertifiedBroker, organizationIdOf, releaseBrokerSlot, ServiceTeamService } from '@techbridge/identity';
import {
  byKeys,
  commonError,
  Connection,
  ConnectionArgs,
  fromCents,
  groupByKeys,
  invalidField,
  isAdmin,
  OutboxService,
  paginate,
  Principal,
  toCents,
} from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { brokerageError } from '../brokerage.errors';
import { BrokerageSettings } from '../brokerage.settings';
import { claimBroker } from '../brokers/broker-assignment';
import { Clock } from '../clock';
import { basisPointsToPercent, commissionFor } from '../contracts/commission';
import { CommissionLedgerEntity } from '../contracts/commission-ledger.entity';
import { contractProblems } from '../contracts/contract.rules';
import { ContractType } from '../contracts/contract-type.enum';
import { DealContractEntity } from '../contracts/deal-contract.entity';
import { ContractInput } from '../contracts/dto/contract.input';
import { DealEntity } from './deal.entity';
import { DealLifecycle } from './deal-lifecycle';
import { DealStage, isOpenStage, OPEN_STAGES } from './deal-stage.enum';
import { DealActor, DealMove, judgeTransition } from './deal-stage.machine';
import { DealStageChangeEntity } from './deal-stage-change.entity';
import { DealFilter } from './dto/deal-filter.input';
import { DealTransitionInput } from './dto/deal-transition.input';
import { stageDueAt } from './due-dates';

/**
 * What opening a deal needs, resolved by the caller from the match, result and need (the catalog
 * and matching data live outside brokerage).
 */
export interface OpenDealCommand {
  resultId: string;
  needId?: string | null;
  matchId?: string | null;
  /** Organization owning the result. */
  ownerOrgId: string;
  /** Enterprise that posted the need, if any. */
  enterpriseOrgId?: string | null;
  /** The result's industry field: brokers are matched on it. */
  fieldCode: string;
  /** A broker opening the deal runs it; otherwise one is assigned automatically (or none is free). */
  brokerId?: string | null;
}

/** Payload of `deal.opened`, `deal.stage_changed` and `deal.broker_assigned` outbox events. */
export interface DealEventPayload {
  stage: DealStage;
  from?: DealStage | null;
  brokerId: string | null;
  dueAt: string | null;
  resultId: string;
  needId: string | null;
  conversationId: string | null;
}

@Injectable()
export class DealService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly lifecycle: DealLifecycle,
    private readonly settings: BrokerageSettings,
    private readonly clock: Clock,
    private readonly teams: ServiceTeamService,
  ) {}

  /** The caller's standing on a deal. */
  actorOn(deal: DealEntity, principal: Principal): DealActor {
    if (isAdmin(principal)) return DealActor.ADMIN;
    if (deal.brokerId !== null && deal.brokerId === principal.userId) return DealActor.BROKER_OF_RECORD;
    const org = principal.organizationId;
    if (org && (org === deal.ownerOrgId || org === deal.enterpriseOrgId)) return DealActor.PARTY;
    return DealActor.OTHER;
  }

  canSee(deal: DealEntity, principal: Principal): boolean {
    return this.actorOn(deal, principal) !== DealActor.OTHER;
  }

  /**
   * Opens a deal in INTRODUCED: claims the requesting broker or the best eligible one, writes the
   * opening stage change and `deal.opened`, and runs the lifecycle listeners — all in one
   * transaction, the caller's when given (so the match can turn CONVERTED with it). A second open
   * deal for the same (result, need) pair violates a unique key: CONFLICT.
   */
  async open(command: OpenDealCommand, actor: Principal, manager?: EntityManager): Promise<DealEntity> {
    const work = async (tx: EntityManager): Promise<DealEntity> => {
      const now = this.clock.now();
      let brokerId: string | null = null;
      if (command.brokerId) {
        if (!(await claimNamedBrokerSlot(tx, command.brokerId, now))) await this.refuseBroker(tx, command.brokerId, 'brokerId');
        brokerId = command.brokerId;
      } else {
        // Brokers of the owner's service team get first refusal on its deals.
        brokerId = await claimBroker(tx, command.fieldCode, now, await this.teams.teamBrokerIds(tx, command.ownerOrgId));
      }
      const deal = await tx.save(
        tx.create(DealEntity, {
          resultId: command.resultId,
          needId: command.needId ?? null,
          matchId: command.matchId ?? null,
          conversationId: null,
          ownerOrgId: command.ownerOrgId,
          enterpriseOrgId: command.enterpriseOrgId ?? null,
          fieldCode: command.fieldCode,
          brokerId,
          stage: DealStage.INTRODUCED,
          lostReason: null,
          dueAt: stageDueAt(DealStage.INTRODUCED, now, this.settings.calendar),
          stageEnteredAt: now,
          openedBy: actor.userId,
          updatedAt: now,
        }),
      );
      await tx.insert(DealStageChangeEntity, { dealId: deal.id, from: null, to: DealStage.INTRODUCED, byUserId: actor.userId, note: null });
      await this.lifecycle.opened(tx, deal);
      if (deal.conversationId) await tx.update(DealEntity, { id: deal.id }, { conversationId: deal.conversationId });
      await this.outbox.append(tx, { type: 'deal.opened', aggregateId: deal.id, actorId: actor.userId, payload: this.eventPayload(deal) });
      return deal;
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /**
   * Moves a deal along the pipeline (not to CONTRACT_SIGNED: see signContract). The deal row is
   * locked first, so of two concurrent moves the second sees the first's result and is judged on it.
   */
  async advance(dealId: string, input: DealTransitionInput, principal: Principal): Promise<DealEntity> {
    return this.dataSource.transaction(async (tx) => {
      const deal = await this.lockVisible(tx, dealId, principal);
      return this.move(tx, deal, input, principal, 'advance');
    });
  }

  /**
   * Agrees the terms of a deal in NEGOTIATING because the latest offer in its conversation was
   * accepted, inside the acceptance's transaction (`manager`). The broker of record may accept a
   * party's offer; a party only the offer of the broker or of the other side's organization.
   */
  async acceptOffer(manager: EntityManager, dealId: string, offer: { offeredBy: string; note: string }, principal: Principal): Promise<DealEntity> {
    const deal = await this.lockVisible(manager, dealId, principal);
    const actor = this.actorOn(deal, principal);
    if (actor === DealActor.PARTY && offer.offeredBy !== deal.brokerId) {
      if ((await organizationIdOf(manager, offer.offeredBy)) === principal.organizationId) {
        throw brokerageError('STAGE_CHANGE_FORBIDDEN', "An offer is accepted by the other side, not by the offering organization's members");
      }
    }
    return this.move(manager, deal, { to: DealStage.TERMS_AGREED, note: offer.note }, principal, 'acceptOffer');
  }

  private async move(tx: EntityManager, deal: DealEntity, input: DealTransitionInput, principal: Principal, via: DealMove): Promise<DealEntity> {
    const now = this.clock.now();
    const { reasonRequired } = this.judge(deal, input.to, principal, via);
    const reason = input.lostReason?.trim() || null;
    if (reasonRequired && !reason) throw invalidField('input.lostReason', `A reason is required to mark a deal as ${input.to.toLowerCase()}`);
    if (input.dueAt && !isOpenStage(input.to)) throw invalidField('input.dueAt', 'A final stage has no deadline');
    if (input.dueAt && input.dueAt.getTime() <= now.getTime()) throw invalidField('input.dueAt', 'The deadline must be in the future');
    const from = deal.stage;
    deal.stage = input.to;
    deal.stageEnteredAt = now;
    deal.dueAt = stageDueAt(input.to, now, this.settings.calendar, input.dueAt ?? null);
    deal.lostReason = reasonRequired ? reason : null;
    deal.updatedAt = now;
    await tx.save(deal);
    if (input.to === DealStage.LOST && deal.brokerId) await releaseBrokerSlot(tx, deal.brokerId);
    await this.recordChange(tx, deal, from, principal, input.note ?? null);
    return deal;
  }

  /**
   * Signs the contract of a deal in TERMS_AGREED (broker of record or admin): the contract row,
   * the broker's commission at the configured rate, CONTRACT_SIGNED with its stage change, and
   * the broker's slot given back, in one transaction. A duplicate contract number is a CONFLICT.
   */
  async signContract(dealId: string, input: ContractInput, principal: Principal): Promise<DealEntity> {
    return this.dataSource.transaction(async (tx) => {
      const deal = await this.lockVisible(tx, dealId, principal);
      const now = this.clock.now();
      this.judge(deal, DealStage.CONTRACT_SIGNED, principal, 'signContract');
      const problems = contractProblems(input, now);
      if (Object.keys(problems).length > 0) throw commonError('INVALID_INPUT', 'The contract is not valid', problems);
      await tx.insert(DealContractEntity, {
        dealId: deal.id,
        type: input.type,
        amount: input.amount,
        signedAt: input.signedAt,
        contractNo: input.contractNo ?? null,
        signedBy: principal.userId,
      });
      if (deal.brokerId) {
        const { rateBasisPoints, commission } = commissionFor(input.amount, input.type, this.settings.commissionRates);
        await tx.insert(CommissionLedgerEntity, {
          dealId: deal.id,
          brokerId: deal.brokerId,
          contractType: input.type,
          baseAmount: input.amount,
          ratePercent: basisPointsToPercent(rateBasisPoints),
          amount: commission,
        });
        await releaseBrokerSlot(tx, deal.brokerId);
      }
      const from = deal.stage;
      deal.stage = DealStage.CONTRACT_SIGNED;
      deal.stageEnteredAt = now;
      deal.dueAt = null;
      deal.updatedAt = now;
      await tx.save(deal);
      await this.recordChange(tx, deal, from, principal, null);
      await this.outbox.append(tx, {
        type: 'contract.signed',
        aggregateId: deal.id,
        actorId: principal.userId,
        payload: {
          type: input.type,
          amount: input.amount,
          signedAt: input.signedAt.toISOString(),
          needId: deal.needId,
          resultId: deal.resultId,
          brokerId: deal.brokerId,
        },
      });
      return deal;
    });
  }

  /** An administrator names (or replaces) the broker of an open deal; the slots move with it. */
  async assignBroker(dealId: string, brokerId: string, principal: Principal): Promise<DealEntity> {
    if (!isAdmin(principal)) throw brokerageError('ASSIGN_FORBIDDEN', 'Only administrators assign brokers');
    return this.dataSource.transaction(async (tx) => {
      const deal = await tx.findOne(DealEntity, { where: { id: dealId }, lock: { mode: 'pessimistic_write' } });
      if (!deal) throw brokerageError('DEAL_NOT_FOUND', 'No such deal');
      if (!isOpenStage(deal.stage)) throw brokerageError('DEAL_CLOSED', 'The deal is no longer open');
      const previous = deal.brokerId;
      if (previous === brokerId) return deal;
      const now = this.clock.now();
      // Broker rows are always locked in id order, so two crossing reassignments cannot deadlock.
      const steps: [string, () => Promise<void>][] = [
        [
          brokerId,
          async () => {
            if (!(await claimNamedBrokerSlot(tx, brokerId, now))) await this.refuseBroker(tx, brokerId, 'brokerId');
          },
        ],
      ];
      if (previous) steps.push([previous, () => releaseBrokerSlot(tx, previous)]);
      steps.sort(([a], [b]) => (a < b ? -1 : 1));
      for (const [, step] of steps) await step();
      deal.brokerId = brokerId;
      deal.updatedAt = now;
      await tx.save(deal);
      await this.lifecycle.brokerAssigned(tx, deal, previous);
      await this.outbox.append(tx, {
        type: 'deal.broker_assigned',
        aggregateId: deal.id,
        actorId: principal.userId,
        payload: { ...this.eventPayload(deal), previousBrokerId: previous },
      });
      return deal;
    });
  }

  /** The deal if the caller may see it (broker of record, either party's members, admins). */
  async findVisible(id: string, principal: Principal): Promise<DealEntity | null> {
    const deal = await this.dataSource.getRepository(DealEntity).findOneBy({ id });
    return deal && this.canSee(deal, principal) ? deal : null;
  }

  /** Deals the caller may see, newest first: all for admins, their own for brokers and parties. */
  async list(args: ConnectionArgs, filter: DealFilter | null | undefined, principal: Principal): Promise<Connection<DealEntity>> {
    const qb = this.dataSource.getRepository(DealEntity).createQueryBuilder('d');
    if (!isAdmin(principal)) {
      qb.where('(d.broker_id = :me OR d.owner_org_id = :org OR d.enterprise_org_id = :org)', { me: principal.userId, org: principal.organizationId });
    }
    if (filter?.stage?.length) qb.andWhere('d.stage IN (:...stages)', { stages: filter.stage });
    if (filter?.brokerId) qb.andWhere('d.broker_id = :brokerId', { brokerId: filter.brokerId });
    if (filter?.resultId) qb.andWhere('d.result_id = :resultId', { resultId: filter.resultId });
    if (filter?.needId) qb.andWhere('d.need_id = :needId', { needId: filter.needId });
    if (filter?.fieldCode) qb.andWhere("(d.field_code = :field OR d.field_code LIKE :chain || '.%')", { field: filter.fieldCode, chain: filter.fieldCode });
    // Overdue: an open deal whose stage deadline has passed (final stages have none).
    if (filter?.overdue === true) qb.andWhere('d.due_at < :now', { now: this.clock.now() });
    if (filter?.overdue === false) qb.andWhere('(d.due_at IS NULL OR d.due_at >= :now)', { now: this.clock.now() });
    if (filter?.unassigned) qb.andWhere('d.broker_id IS NULL AND d.stage IN (:...open)', { open: OPEN_STAGES });
    return paginate(qb, args, { column: 'd.created_at', value: (d) => d.createdAt, direction: 'DESC', idColumn: 'd.id', id: (d) => d.id });
  }

  /** Deals by id for batch loading, in order (null where missing); callers filter with canSee. */
  async findByIds(ids: readonly string[]): Promise<(DealEntity | null)[]> {
    const rows = await this.dataSource.getRepository(DealEntity).findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }

  async historyByDealIds(ids: readonly string[]): Promise<DealStageChangeEntity[][]> {
    const rows = await this.dataSource.getRepository(DealStageChangeEntity).find({ where: { dealId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
    return groupByKeys(ids, rows, (row) => row.dealId);
  }

  async commissionsByDealIds(ids: readonly string[]): Promise<(CommissionLedgerEntity | null)[]> {
    const rows = await this.dataSource.getRepository(CommissionLedgerEntity).findBy({ dealId: In([...ids]) });
    return byKeys(ids, rows, (row) => row.dealId);
  }

  /**
   * The commission a contract of this type and amount would earn at the configured rates: the
   * same computation signContract writes to the ledger.
   */
  commissionPreview(type: ContractType, amount: string): { contractType: ContractType; baseAmount: string; ratePercent: string; amount: string } {
    const cents = toCents(amount);
    if (cents === null || cents <= 0n) throw invalidField('amount', 'The amount must be greater than zero');
    const { rateBasisPoints, commission } = commissionFor(amount, type, this.settings.commissionRates);
    return { contractType: type, baseAmount: fromCents(cents), ratePercent: basisPointsToPercent(rateBasisPoints), amount: commission };
  }

  async contractsByDealIds(ids: readonly string[]): Promise<(DealContractEntity | null)[]> {
    const rows = await this.dataSource.getRepository(DealContractEntity).findBy({ dealId: In([...ids]) });
    return byKeys(ids, rows, (row) => row.dealId);
  }

  private async lockVisible(tx: EntityManager, dealId: string, principal: Principal): Promise<DealEntity> {
    const deal = await tx.findOne(DealEntity, { where: { id: dealId }, lock: { mode: 'pessimistic_write' } });
    if (!deal || !this.canSee(deal, principal)) throw brokerageError('DEAL_NOT_FOUND', 'No such deal');
    return deal;
  }

  /** The transition table's verdict on the move, as a domain error when it is refused. */
  private judge(deal: DealEntity, to: DealStage, principal: Principal, move: DealMove): { reasonRequired: boolean } {
    const verdict = judgeTransition(deal.stage, to, this.actorOn(deal, principal), move);
    if (verdict.ok) return verdict;
    switch (verdict.refusal) {
      case 'ILLEGAL_TRANSITION':
        throw brokerageError('ILLEGAL_TRANSITION', `A deal in ${deal.stage} cannot move to ${to}`);
      case 'WRONG_MUTATION':
        throw invalidField('input.to', `${to} is reached only through ${verdict.via}`);
      case 'NOT_ALLOWED':
        throw brokerageError('STAGE_CHANGE_FORBIDDEN', `You may not move this deal to ${to}`);
    }
  }

  private async recordChange(tx: EntityManager, deal: DealEntity, from: DealStage, principal: Principal, note: string | null): Promise<void> {
    const change = await tx.save(tx.create(DealStageChangeEntity, { dealId: deal.id, from, to: deal.stage, byUserId: principal.userId, note }));
    await this.lifecycle.stageChanged(tx, deal, change);
    await this.outbox.append(tx, {
      type: 'deal.stage_changed',
      aggregateId: deal.id,
      actorId: principal.userId,
      payload: { ...this.eventPayload(deal), from },
    });
  }

  private async refuseBroker(tx: EntityManager, brokerId: string, field: string): Promise<never> {
    if (!(await isCertifiedBroker(tx, brokerId)))
      throw brokerageError('NOT_A_BROKER', 'That user is not a certified broker', { [field]: ['Not a certified broker'] });
    throw brokerageError('BROKER_UNAVAILABLE', 'That broker has no spare capacity');
  }

  private eventPayload(deal: DealEntity): DealEventPayload {
    return {
      stage: deal.stage,
      brokerId: deal.brokerId,
      dueAt: deal.dueAt ? deal.dueAt.toISOString() : null,
      resultId: deal.resultId,
      needId: deal.needId,
      conversationId: deal.conversationId,
    };
  }
}
