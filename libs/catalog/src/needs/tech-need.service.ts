import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EmailVerificationService, OrganizationKind, OrganizationService } from '@techbridge/identity';
import { compareMoney, Connection, ConnectionArgs, DomainEvent, invalidField, isAdmin, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { CatalogAccessPolicy } from '../access/catalog-access.policy';
import { CatalogAccessService } from '../access/catalog-access.service';
import { LISTED_NEED_STATUSES, NeedStatus, Visibility } from '../catalog.enums';
import { catalogError } from '../catalog.errors';
import { NeedEventType } from '../catalog.events';
import { FieldProblems } from '../common/catalog-input.validators';
import { CatalogItemStore } from '../common/catalog-item-store';
import { textPatch } from '../common/catalog-text-update.input';
import { fieldCodeCondition } from '../common/field-code-filter';
import { unique } from '../common/unique';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { NeedFilter, NeedInput, NeedUpdateInput } from './dto/need.input';
import { NeedPledgeEntity } from './need-pledge.entity';
import { assertNeedTransition, needEditable } from './need-status.machine';
import { TechNeedEntity } from './tech-need.entity';
import { TechNeedModel } from './tech-need.model';

/** Timestamp column set when a need enters a status. */
const STATUS_STAMPS: Partial<Record<NeedStatus, keyof TechNeedEntity>> = {
  [NeedStatus.PUBLISHED]: 'publishedAt',
  [NeedStatus.IN_NEGOTIATION]: 'negotiationAt',
  [NeedStatus.SOLVED]: 'solvedAt',
  [NeedStatus.CLOSED]: 'closedAt',
};

/** Technical needs and collective R&D pledges. */
@Injectable()
export class TechNeedService {
  private readonly items: CatalogItemStore<TechNeedEntity, TechNeedModel>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly policy: CatalogAccessPolicy,
    private readonly access: CatalogAccessService,
    private readonly taxonomy: TaxonomyService,
    private readonly organizations: OrganizationService,
    private readonly verification: EmailVerificationService,
  ) {
    this.items = new CatalogItemStore(dataSource, policy, access, {
      type: 'NEED',
      entity: TechNeedEntity,
      ownerOf: (row) => row.enterpriseId,
      levels: (accessPolicy, principal, rows, manager) => accessPolicy.needs(principal, rows, manager),
      view: (row, level) => TechNeedModel.from(row, level),
      notFound: () => catalogError('NEED_NOT_FOUND', 'No such technical need'),
      notOwner: () => catalogError('NOT_OWNER', 'This need belongs to another organization'),
      beforeNda: (principal, manager) => verification.assertVerified(principal, manager),
    });
  }

  // ---- reads ----

  async get(id: string, principal: Principal | null): Promise<TechNeedModel | null> {
    const [model] = await this.findNeedsByIds([id], principal);
    return model;
  }

  /** Batch lookup in key order, each as the principal may see it (null: missing or invisible). */
  async findNeedsByIds(ids: readonly string[], principal: Principal | null): Promise<(TechNeedModel | null)[]> {
    return this.items.findByIds(ids, principal);
  }

  async list(args: ConnectionArgs, filter: NeedFilter | null | undefined, principal: Principal | null): Promise<Connection<TechNeedModel>> {
    const qb = this.dataSource.getRepository(TechNeedEntity).createQueryBuilder('n');
    const visible = this.policy.visibleNeedsWhere('n', principal);
    qb.where(visible.sql, visible.params);
    qb.andWhere('n.status IN (:...statuses)', { statuses: filter?.status?.length ? filter.status : LISTED_NEED_STATUSES });
    if (filter?.fieldCodes?.length) {
      const condition = fieldCodeCondition('n.field_code', filter.fieldCodes);
      qb.andWhere(condition.sql, condition.params);
    }
    if (filter?.minBudget != null) qb.andWhere('(n.budget_max IS NULL OR n.budget_max >= :minBudget)', { minBudget: filter.minBudget });
    if (filter?.collective != null) qb.andWhere(filter.collective ? 'n.collective_target IS NOT NULL' : 'n.collective_target IS NULL');
    if (filter?.enterpriseId) qb.andWhere('n.enterprise_id = :enterpriseId', { enterpriseId: filter.enterpriseId });
    const page = await paginate(qb, args, { column: 'n.created_at', value: (n) => n.createdAt, direction: 'DESC', idColumn: 'n.id', id: (n) => n.id });
    const levels = await this.policy.needs(
      principal,
      page.edges.map((edge) => edge.node),
    );
    const edges = page.edges.flatMap((edge, index) => {
      const level = levels[index];
      return level === 'NONE' ? [] : [{ cursor: edge.cursor, node: TechNeedModel.from(edge.node, level) }];
    });
    return { ...page, edges };
  }

  async pledgesByNeedIds(ids: readonly string[]): Promise<NeedPledgeEntity[]> {
    return this.dataSource.getRepository(NeedPledgeEntity).find({ where: { needId: In([...ids]) }, order: { firstPledgedAt: 'ASC' } });
  }

  // ---- writes ----

  async create(principal: Principal, input: NeedInput): Promise<TechNeedModel> {
    await this.enterpriseOf(principal);
    const problems = new FieldProblems();
    this.checkCommon(problems, input);
    if (input.collectiveTarget != null && compareMoney(input.collectiveTarget, '0') <= 0)
      problems.add('input.collectiveTarget', 'collectiveTarget must be greater than 0');
    problems.throwIfAny();
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(TechNeedEntity, {
        enterpriseId: principal.organizationId!,
        createdBy: principal.userId,
        title: input.title,
        summary: input.summary,
        description: input.description,
        keywords: unique(input.keywords),
        fieldCode: input.fieldCode,
        minTrl: input.minTrl ?? null,
        budgetMin: input.budget.min ?? null,
        budgetMax: input.budget.max ?? null,
        budgetNegotiable: input.budget.negotiable,
        deadline: input.deadline ?? null,
        preferredModes: unique(input.preferredModes),
        visibility: input.visibility,
        status: NeedStatus.DRAFT,
        collectiveTarget: input.collectiveTarget ?? null,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      const row = await manager.findOneByOrFail(TechNeedEntity, { id });
      await this.outbox.append(manager, this.event('need.created', row, principal.userId));
      return TechNeedModel.from(row, 'FULL');
    });
  }

  async update(id: string, principal: Principal, input: NeedUpdateInput): Promise<TechNeedModel> {
    const problems = new FieldProblems();
    this.checkCommon(problems, input);
    problems.throwIfAny();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.lockOwned(manager, id, principal);
      if (!needEditable(row.status)) throw catalogError('NOT_EDITABLE', `A ${row.status} need cannot be edited`);
      const patch: Partial<TechNeedEntity> = textPatch(input);
      if (input.minTrl != null) patch.minTrl = input.minTrl;
      if (input.budget != null) {
        patch.budgetMin = input.budget.min ?? null;
        patch.budgetMax = input.budget.max ?? null;
        patch.budgetNegotiable = input.budget.negotiable;
      }
      if (input.deadline != null) patch.deadline = input.deadline;
      if (input.preferredModes != null) patch.preferredModes = unique(input.preferredModes);
      if (input.visibility != null) patch.visibility = input.visibility;
      await manager.update(TechNeedEntity, { id }, { ...patch, updatedAt: new Date() });
      const updated = await manager.findOneByOrFail(TechNeedEntity, { id });
      await this.outbox.append(manager, this.event('need.updated', updated, principal.userId, { changed: Object.keys(patch) }));
      return TechNeedModel.from(updated, 'FULL');
    });
  }

  async publish(id: string, principal: Principal): Promise<TechNeedModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.lockOwned(manager, id, principal);
      if (row.deadline && row.deadline.getTime() < Date.now()) throw invalidField('deadline', 'The deadline has passed; set a new one before publishing');
      return TechNeedModel.from(await this.move(manager, row, NeedStatus.PUBLISHED, principal.userId, ['need.published']), 'FULL');
    });
  }

  async close(id: string, principal: Principal): Promise<TechNeedModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = isAdmin(principal) ? await this.items.lockAny(manager, id) : await this.items.lockOwned(manager, id, principal);
      return TechNeedModel.from(await this.move(manager, row, NeedStatus.CLOSED, principal.userId, ['need.closed']), 'FULL');
    });
  }

  /**
   * Moves a need along its table from another lib's transaction (the deal pipeline:
   * PUBLISHED → IN_NEGOTIATION → SOLVED, or back to PUBLISHED). CONFLICT when not allowed.
   */
  async transitionNeedStatus(manager: EntityManager, needId: string, to: NeedStatus, actorId: string | null): Promise<TechNeedEntity> {
    const row = await this.items.lockAny(manager, needId);
    return this.move(manager, row, to, actorId, []);
  }

  startNegotiation(manager: EntityManager, needId: string, actorId: string | null): Promise<TechNeedEntity> {
    return this.transitionNeedStatus(manager, needId, NeedStatus.IN_NEGOTIATION, actorId);
  }

  markSolved(manager: EntityManager, needId: string, actorId: string | null): Promise<TechNeedEntity> {
    return this.transitionNeedStatus(manager, needId, NeedStatus.SOLVED, actorId);
  }

  returnToMarket(manager: EntityManager, needId: string, actorId: string | null): Promise<TechNeedEntity> {
    return this.transitionNeedStatus(manager, needId, NeedStatus.PUBLISHED, actorId);
  }

  async acceptNda(id: string, principal: Principal): Promise<TechNeedModel> {
    return this.items.acceptNda(id, principal);
  }

  /**
   * Pledges (or changes the pledge of) the caller's enterprise to a collective need. The need's
   * row lock serialises pledges, so the sum and the funded flag cannot race; once the target is
   * reached, no more pledges are taken.
   */
  async pledge(needId: string, amount: string, principal: Principal): Promise<TechNeedModel> {
    if (compareMoney(amount, '0') <= 0) throw invalidField('amount', 'amount must be greater than 0');
    const organization = await this.enterpriseOf(principal);
    if (!organization.verified) throw catalogError('ORGANIZATION_NOT_VERIFIED', 'Only verified enterprises may pledge');
    return this.dataSource.transaction(async (manager) => {
      const need = await this.items.lockAny(manager, needId);
      const [level] = await this.policy.needs(principal, [need], manager);
      if (level === 'NONE') throw catalogError('NEED_NOT_FOUND', 'No such technical need');
      if (need.enterpriseId === organization.id) throw catalogError('OWN_NEED', 'An enterprise does not pledge to its own need');
      if (need.collectiveTarget === null) throw catalogError('NOT_COLLECTIVE', 'This need is not a collective R&D need');
      if (need.fundedAt) throw catalogError('ALREADY_FUNDED', 'This need is already funded; pledging has stopped');
      if (need.status !== NeedStatus.PUBLISHED) throw catalogError('NOT_OPEN_FOR_PLEDGES', `A ${need.status} need takes no pledges`);
      const [previous] = (await manager.query(`SELECT amount FROM need_pledge WHERE need_id = $1 AND organization_id = $2`, [needId, organization.id])) as {
        amount: string;
      }[];
      await manager.query(
        `INSERT INTO need_pledge (need_id, organization_id, amount, pledged_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (need_id, organization_id) DO UPDATE SET amount = EXCLUDED.amount, pledged_by = EXCLUDED.pledged_by, pledged_at = now()`,
        [needId, organization.id, amount, principal.userId],
      );
      await manager.query(`INSERT INTO need_pledge_change (need_id, organization_id, user_id, previous_amount, amount) VALUES ($1, $2, $3, $4, $5)`, [
        needId,
        organization.id,
        principal.userId,
        previous?.amount ?? null,
        amount,
      ]);
      await manager.query(
        `UPDATE tech_need SET pledged_amount = (SELECT coalesce(sum(amount), 0) FROM need_pledge WHERE need_id = $1), updated_at = now() WHERE id = $1`,
        [needId],
      );
      let updated = await manager.findOneByOrFail(TechNeedEntity, { id: needId });
      const reached = compareMoney(updated.pledgedAmount, need.collectiveTarget) >= 0;
      if (reached) {
        await manager.update(TechNeedEntity, { id: needId }, { fundedAt: new Date() });
        updated = await manager.findOneByOrFail(TechNeedEntity, { id: needId });
      }
      const events = [
        this.event('need.pledged', updated, principal.userId, { organizationId: organization.id, amount, previousAmount: previous?.amount ?? null }),
      ];
      if (reached)
        events.push(this.event('need.funded', updated, principal.userId, { pledgedAmount: updated.pledgedAmount, target: updated.collectiveTarget }));
      await this.outbox.append(manager, ...events);
      return TechNeedModel.from(updated, level);
    });
  }

  // ---- helpers ----

  private async enterpriseOf(principal: Principal) {
    const organization = principal.organizationId ? await this.organizations.findById(principal.organizationId) : null;
    if (!organization || organization.kind !== OrganizationKind.ENTERPRISE) {
      throw catalogError('WRONG_ORGANIZATION_KIND', 'Technical needs and pledges come from enterprises');
    }
    return organization;
  }

  private checkCommon(problems: FieldProblems, input: NeedUpdateInput): void {
    if (input.fieldCode != null && !this.taxonomy.isField(input.fieldCode)) {
      problems.add('input.fieldCode', `Unknown industry field code: ${input.fieldCode} (use a field of industryFields, e.g. JL.SSB)`);
    }
    problems.priceRange('input.budget', input.budget);
    if (input.deadline != null && input.deadline.getTime() < Date.now()) problems.add('input.deadline', 'deadline must not be in the past');
  }

  /** Every status change also emits need.status_changed, which matching and insights follow. */
  private async move(manager: EntityManager, row: TechNeedEntity, to: NeedStatus, actorId: string | null, types: NeedEventType[]): Promise<TechNeedEntity> {
    const from = row.status;
    assertNeedTransition(from, to);
    const stamp = STATUS_STAMPS[to];
    await manager.update(TechNeedEntity, { id: row.id }, { status: to, updatedAt: new Date(), ...(stamp ? { [stamp]: new Date() } : {}) });
    const updated = await manager.findOneByOrFail(TechNeedEntity, { id: row.id });
    await this.outbox.append(manager, ...[...types, 'need.status_changed' as const].map((type) => this.event(type, updated, actorId, { from, to })));
    return updated;
  }

  /**
   * Needs a broker wrote down while visiting the enterprise, as DRAFT needs of that enterprise
   * (inside the broker's transaction). Only the enterprise's members and admins see drafts; they
   * complete and publish them. TEASER by default, so publishing unedited reveals no details.
   */
  async createDrafts(
    manager: EntityManager,
    enterpriseId: string,
    titles: readonly string[],
    fieldCode: string,
    actorId: string,
    seenOn: string,
  ): Promise<string[]> {
    if (!this.taxonomy.isField(fieldCode))
      throw invalidField('input.draftNeedFieldCode', `Unknown industry field code: ${fieldCode} (use a field of industryFields, e.g. JL.SSB)`);
    if (titles.some((title) => title.length < 4 || title.length > 200)) {
      throw invalidField('input.discoveredNeeds', 'Each discovered need needs 4 to 200 characters to become a draft need');
    }
    const ids: string[] = [];
    for (const title of titles) {
      const inserted = await manager.insert(TechNeedEntity, {
        enterpriseId,
        createdBy: actorId,
        title,
        summary: `技术经纪人 ${seenOn} 走访时记录的需求，待企业完善。Recorded by a technology broker on ${seenOn}; to be completed by the enterprise.`,
        description: '',
        keywords: [],
        fieldCode,
        minTrl: null,
        budgetMin: null,
        budgetMax: null,
        budgetNegotiable: true,
        deadline: null,
        preferredModes: [],
        visibility: Visibility.TEASER,
        status: NeedStatus.DRAFT,
        collectiveTarget: null,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      const row = await manager.findOneByOrFail(TechNeedEntity, { id });
      await this.outbox.append(manager, this.event('need.created', row, actorId, { source: 'follow-up' }));
      ids.push(id);
    }
    return ids;
  }

  private event(type: NeedEventType, row: TechNeedEntity, actorId: string | null, extra: Record<string, unknown> = {}): DomainEvent<NeedEventType> {
    return {
      type,
      aggregateId: row.id,
      actorId,
      payload: {
        status: row.status,
        enterpriseId: row.enterpriseId,
        visibility: row.visibility,
        fieldCode: row.fieldCode,
        collective: row.collectiveTarget !== null,
        ...extra,
      },
    };
  }
}
