import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EmailVerificationService, OrganizationService, RESEARCH_KINDS } from '@techbridge/identity';
import { Connection, ConnectionArgs, DomainEvent, invalidField, isAdmin, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { CatalogAccessPolicy } from '../access/catalog-access.policy';
import { CatalogAccessService } from '../access/catalog-access.service';
import { LISTED_RESULT_STATUSES, ResultClass, ResultStatus } from '../catalog.enums';
import { catalogError } from '../catalog.errors';
import { ResultEventType } from '../catalog.events';
import { FieldProblems } from '../common/catalog-input.validators';
import { CatalogItemStore } from '../common/catalog-item-store';
import { textPatch } from '../common/catalog-text-update.input';
import { fieldCodeCondition } from '../common/field-code-filter';
import { unique } from '../common/unique';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { EvaluationInput, PatentInput, ResultInput, ResultUpdateInput } from './dto/result.input';
import { ResultFilter } from './dto/result-filter.input';
import { normalisePatentNumber } from './patent-number';
import { ResearchResultEntity } from './research-result.entity';
import { ResearchResultModel } from './research-result.model';
import { ResultEvaluationEntity } from './result-evaluation.entity';
import { ResultPatentEntity } from './result-patent.entity';
import { assertResultTransition, resultEditable } from './result-status.machine';

/** Research results: writes with their outbox events, and reads through the access policy. */
@Injectable()
export class ResearchResultService {
  private readonly items: CatalogItemStore<ResearchResultEntity, ResearchResultModel>;

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
      type: 'RESULT',
      entity: ResearchResultEntity,
      ownerOf: (row) => row.ownerId,
      levels: (accessPolicy, principal, rows, manager) => accessPolicy.results(principal, rows, manager),
      view: (row, level) => ResearchResultModel.from(row, level),
      notFound: () => catalogError('RESULT_NOT_FOUND', 'No such research result'),
      notOwner: () => catalogError('NOT_OWNER', 'This result belongs to another organization'),
      beforeNda: (principal, manager) => verification.assertVerified(principal, manager),
    });
  }

  // ---- reads ----

  /** The caller's view of a result, or null when it does not exist for them. */
  async get(id: string, principal: Principal | null): Promise<ResearchResultModel | null> {
    const [model] = await this.findResultsByIds([id], principal);
    return model;
  }

  /** Batch lookup in key order, each as the principal may see it (null: missing or invisible). */
  async findResultsByIds(ids: readonly string[], principal: Principal | null): Promise<(ResearchResultModel | null)[]> {
    return this.items.findByIds(ids, principal);
  }

  async list(args: ConnectionArgs, filter: ResultFilter | null | undefined, principal: Principal | null): Promise<Connection<ResearchResultModel>> {
    const qb = this.dataSource.getRepository(ResearchResultEntity).createQueryBuilder('r');
    const visible = this.policy.visibleResultsWhere('r', principal);
    qb.where(visible.sql, visible.params);
    qb.andWhere('r.status IN (:...statuses)', { statuses: filter?.status?.length ? filter.status : LISTED_RESULT_STATUSES });
    if (filter?.resultClass?.length) qb.andWhere('r.result_class IN (:...classes)', { classes: filter.resultClass });
    if (filter?.fieldCodes?.length) {
      const condition = fieldCodeCondition('r.field_code', filter.fieldCodes);
      qb.andWhere(condition.sql, condition.params);
    }
    if (filter?.minTrl != null) qb.andWhere('r.trl >= :minTrl', { minTrl: filter.minTrl });
    if (filter?.maxTrl != null) qb.andWhere('r.trl <= :maxTrl', { maxTrl: filter.maxTrl });
    if (filter?.transferModes?.length) qb.andWhere('r.transfer_modes && CAST(:modes AS text[])', { modes: filter.transferModes });
    if (filter?.maxPrice != null) qb.andWhere('(r.price_min IS NULL OR r.price_min <= :maxPrice)', { maxPrice: filter.maxPrice });
    if (filter?.district)
      qb.andWhere('EXISTS (SELECT 1 FROM identity_organization_v o WHERE o.id = r.owner_id AND o.district = :district)', { district: filter.district });
    if (filter?.needsPilot != null) qb.andWhere('r.needs_pilot = :needsPilot', { needsPilot: filter.needsPilot });
    if (filter?.ownerId) qb.andWhere('r.owner_id = :ownerId', { ownerId: filter.ownerId });
    const page = await paginate(qb, args, { column: 'r.created_at', value: (r) => r.createdAt, direction: 'DESC', idColumn: 'r.id', id: (r) => r.id });
    const levels = await this.policy.results(
      principal,
      page.edges.map((edge) => edge.node),
    );
    const edges = page.edges.flatMap((edge, index) => {
      const level = levels[index];
      // The SQL condition and the policy agree; a disagreement hides the row rather than leaking it.
      return level === 'NONE' ? [] : [{ cursor: edge.cursor, node: ResearchResultModel.from(edge.node, level) }];
    });
    return { ...page, edges };
  }

  async evaluationsByResultIds(ids: readonly string[]): Promise<ResultEvaluationEntity[]> {
    return this.dataSource.getRepository(ResultEvaluationEntity).findBy({ resultId: In([...ids]) });
  }

  async patentsByResultIds(ids: readonly string[]): Promise<ResultPatentEntity[]> {
    return this.dataSource.getRepository(ResultPatentEntity).find({ where: { resultId: In([...ids]) }, order: { position: 'ASC' } });
  }

  // ---- writes ----

  async create(principal: Principal, input: ResultInput): Promise<ResearchResultModel> {
    await this.assertResearchOrganization(principal);
    const problems = new FieldProblems();
    this.checkFieldCode(problems, 'input.fieldCode', input.fieldCode);
    problems.priceRange('input.askingPrice', input.askingPrice);
    problems.throwIfAny();
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(ResearchResultEntity, {
        ownerId: principal.organizationId!,
        createdBy: principal.userId,
        title: input.title,
        summary: input.summary,
        description: input.description,
        keywords: unique(input.keywords),
        resultClass: input.resultClass,
        fieldCode: input.fieldCode,
        trl: input.trl,
        transferModes: unique(input.transferModes),
        priceMin: input.askingPrice.min ?? null,
        priceMax: input.askingPrice.max ?? null,
        priceNegotiable: input.askingPrice.negotiable,
        needsPilot: input.needsPilot ?? false,
        visibility: input.visibility,
        status: ResultStatus.DRAFT,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.replacePatents(manager, id, input.patents ?? []);
      const row = await manager.findOneByOrFail(ResearchResultEntity, { id });
      await this.outbox.append(manager, this.event('result.created', row, principal));
      return ResearchResultModel.from(row, 'FULL');
    });
  }

  async update(id: string, principal: Principal, input: ResultUpdateInput): Promise<ResearchResultModel> {
    const problems = new FieldProblems();
    if (input.fieldCode != null) this.checkFieldCode(problems, 'input.fieldCode', input.fieldCode);
    problems.priceRange('input.askingPrice', input.askingPrice);
    problems.throwIfAny();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.lockOwned(manager, id, principal);
      if (!resultEditable(row.status)) throw catalogError('NOT_EDITABLE', `A ${row.status} result cannot be edited`);
      const patch: Partial<ResearchResultEntity> = textPatch(input);
      if (input.trl != null) patch.trl = input.trl;
      if (input.transferModes != null) patch.transferModes = unique(input.transferModes);
      if (input.askingPrice != null) {
        patch.priceMin = input.askingPrice.min ?? null;
        patch.priceMax = input.askingPrice.max ?? null;
        patch.priceNegotiable = input.askingPrice.negotiable;
      }
      if (input.needsPilot != null) patch.needsPilot = input.needsPilot;
      if (input.visibility != null) patch.visibility = input.visibility;
      const changed = Object.keys(patch);
      if (input.patents != null) {
        await this.replacePatents(manager, id, input.patents);
        changed.push('patents');
      }
      await manager.update(ResearchResultEntity, { id }, { ...patch, updatedAt: new Date() });
      const updated = await manager.findOneByOrFail(ResearchResultEntity, { id });
      await this.outbox.append(manager, this.event('result.updated', updated, principal, { changed }));
      return ResearchResultModel.from(updated, 'FULL');
    });
  }

  async submit(id: string, principal: Principal): Promise<ResearchResultModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.lockOwned(manager, id, principal);
      return this.move(manager, row, ResultStatus.SUBMITTED, principal, ['result.submitted'], { submittedAt: new Date() });
    });
  }

  async withdraw(id: string, principal: Principal): Promise<ResearchResultModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = isAdmin(principal) ? await this.items.lockAny(manager, id) : await this.items.lockOwned(manager, id, principal);
      return this.move(manager, row, ResultStatus.WITHDRAWN, principal, ['result.withdrawn'], { withdrawnAt: new Date() });
    });
  }

  /** Admin: records the scores; approval makes the result EVALUATED (publishable), refusal REJECTED. */
  async evaluate(id: string, principal: Principal, input: EvaluationInput): Promise<ResearchResultModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.lockAny(manager, id);
      const to = input.approve ? ResultStatus.EVALUATED : ResultStatus.REJECTED;
      assertResultTransition(row.status, to);
      const now = new Date();
      await manager.upsert(
        ResultEvaluationEntity,
        {
          resultId: id,
          score: input.score,
          technicalMaturity: input.technicalMaturity,
          marketPotential: input.marketPotential,
          comment: input.comment ?? null,
          approved: input.approve,
          evaluatedBy: principal.userId,
          evaluatedAt: now,
        },
        ['resultId'],
      );
      const types: ResultEventType[] = input.approve ? ['result.evaluated'] : ['result.evaluated', 'result.rejected'];
      const stamps: Partial<ResearchResultEntity> = input.approve ? { evaluatedAt: now } : { evaluatedAt: now, rejectedAt: now };
      if (input.resultClass && input.resultClass !== row.resultClass) stamps.resultClass = input.resultClass;
      return this.move(manager, row, to, principal, types, stamps, {
        score: input.score,
        approved: input.approve,
        ...(stamps.resultClass ? { classFrom: row.resultClass } : {}),
      });
    });
  }

  /** Admin: puts an evaluated and approved result on the market. */
  async publish(id: string, principal: Principal): Promise<ResearchResultModel> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.lockAny(manager, id);
      assertResultTransition(row.status, ResultStatus.PUBLISHED);
      const evaluation = await manager.findOneBy(ResultEvaluationEntity, { resultId: id });
      if (!evaluation?.approved) throw catalogError('NOT_APPROVED', 'Only an approved evaluation can be published');
      return this.move(manager, row, ResultStatus.PUBLISHED, principal, ['result.published'], { publishedAt: new Date() });
    });
  }

  /** Admin: marks a published major-innovation result as selected for a year (≥ 10 a year is the target). */
  async selectMajor(id: string, year: number, principal: Principal): Promise<ResearchResultModel> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalidField('year', 'year must be between 2000 and 2100');
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.lockAny(manager, id);
      if (row.status !== ResultStatus.PUBLISHED || row.resultClass !== ResultClass.MAJOR_INNOVATION) {
        throw catalogError('NOT_SELECTABLE', 'Only a published MAJOR_INNOVATION result can be selected');
      }
      await manager.update(ResearchResultEntity, { id }, { selectedYear: year, updatedAt: new Date() });
      const updated = await manager.findOneByOrFail(ResearchResultEntity, { id });
      await this.outbox.append(manager, this.event('result.selected', updated, principal, { year }));
      return ResearchResultModel.from(updated, 'FULL');
    });
  }

  /** Records the caller's NDA for a result they can see; they then see its description. */
  async acceptNda(id: string, principal: Principal): Promise<ResearchResultModel> {
    return this.items.acceptNda(id, principal);
  }

  // ---- helpers ----

  private async assertResearchOrganization(principal: Principal): Promise<void> {
    const organization = principal.organizationId ? await this.organizations.findById(principal.organizationId) : null;
    if (!organization || !RESEARCH_KINDS.includes(organization.kind)) {
      throw catalogError('WRONG_ORGANIZATION_KIND', 'Research results are published by universities, institutes and innovation platforms');
    }
  }

  private checkFieldCode(problems: FieldProblems, field: string, code: string): void {
    if (!this.taxonomy.isField(code)) problems.add(field, `Unknown industry field code: ${code} (use a field of industryFields, e.g. JL.SSB)`);
  }

  private async move(
    manager: EntityManager,
    row: ResearchResultEntity,
    to: ResultStatus,
    principal: Principal,
    types: ResultEventType[],
    stamps: Partial<ResearchResultEntity>,
    extra: Record<string, unknown> = {},
  ): Promise<ResearchResultModel> {
    const from = row.status;
    assertResultTransition(from, to);
    await manager.update(ResearchResultEntity, { id: row.id }, { status: to, ...stamps, updatedAt: new Date() });
    const updated = await manager.findOneByOrFail(ResearchResultEntity, { id: row.id });
    await this.outbox.append(manager, ...types.map((type) => this.event(type, updated, principal, { from, ...extra })));
    return ResearchResultModel.from(updated, 'FULL');
  }

  private async replacePatents(manager: EntityManager, resultId: string, patents: PatentInput[]): Promise<void> {
    await manager.delete(ResultPatentEntity, { resultId });
    const seen = new Set<string>();
    const rows: ResultPatentEntity[] = [];
    for (const patent of patents) {
      const number = normalisePatentNumber(patent.number) ?? patent.number.trim();
      if (seen.has(number)) continue;
      seen.add(number);
      rows.push({ resultId, position: rows.length, number, title: patent.title.trim(), granted: patent.granted });
    }
    if (rows.length > 0) await manager.insert(ResultPatentEntity, rows);
  }

  private event(type: ResultEventType, row: ResearchResultEntity, principal: Principal, extra: Record<string, unknown> = {}): DomainEvent<ResultEventType> {
    return {
      type,
      aggregateId: row.id,
      actorId: principal.userId,
      payload: { status: row.status, ownerId: row.ownerId, visibility: row.visibility, fieldCode: row.fieldCode, resultClass: row.resultClass, ...extra },
    };
  }
}
