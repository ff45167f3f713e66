import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BrokerService, OrganizationKind, OrganizationService, UserService } from '@techbridge/identity';
import { DEMO_ACCOUNTS } from '@techbridge/identity/seed';
import { centsOf, DomainEvent, fromCents, OutboxService, SeedOptions } from '@techbridge/platform';
import { DataSource, EntityManager } from 'typeorm';

import { LISTED_NEED_STATUSES, NeedStatus } from '../catalog.enums';
import { isValidPatentNumber, normalisePatentNumber } from '../results/patent-number';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { CatalogGenerator, GeneratedCatalog, GeneratedNeed, GeneratedResult } from './catalog-generator.types';
import { DEMO_BROKER_FIELD_CODES, DEMO_ENTERPRISE_ORG, DEMO_RESEARCH_ORG, demoShowcase } from './demo-showcase';

export const SEED_BATCH = 1000;
/** The seed's scale (ARCHITECTURE.md): 2,700 results collected, ≈150 needs. */
export const DEFAULT_SEED_RESULTS = 2700;
export const DEFAULT_SEED_NEEDS = 150;

export interface CatalogSeedCounts {
  organizations: number;
  results: number;
  patents: number;
  evaluations: number;
  needs: number;
  pledges: number;
  events: number;
  skippedPatents: number;
  seconds: number;
}

export interface CatalogSeedOptions extends Pick<SeedOptions, 'progress'> {
  /** Expected numbers of rows, for the progress figures (the catalogue streams without a count). */
  totalResults?: number;
  totalNeeds?: number;
  now?: Date;
}

/**
 * Bulk-loads a generated catalogue: organizations, then results and needs in batches of 1,000
 * rows, each batch one transaction of multi-row INSERTs from a JSON recordset, with the outbox
 * events of its published items so the search index catches up. Idempotent: does nothing when
 * the catalogue already has rows.
 */
@Injectable()
export class CatalogSeeder {
  private readonly logger = new Logger('CatalogSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly organizations: OrganizationService,
    private readonly users: UserService,
    private readonly brokers: BrokerService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The `seed` step (order 20): demo broker fields, then the generated catalogue at the requested
   * scale. Without a generator only the demo logins' showcase items are seeded.
   */
  async run(options: SeedOptions, generator: CatalogGenerator | null): Promise<string> {
    const brokers = await this.assignDemoBrokerFields();
    const results = options.results ?? DEFAULT_SEED_RESULTS;
    const needs = options.needs ?? DEFAULT_SEED_NEEDS;
    const catalog: GeneratedCatalog = generator ? generator({ seed: options.seed, results, needs }) : { organizations: [], results: () => [], needs: () => [] };
    const counts = await this.seed(catalog, { progress: options.progress, totalResults: generator ? results : 0, totalNeeds: generator ? needs : 0 });
    const brokerNote = brokers ? `; field codes given to ${brokers} demo brokers` : '';
    if (!counts) return `catalog already present${brokerNote}`;
    const rate = Math.round((counts.results + counts.needs) / Math.max(counts.seconds, 0.001));
    return (
      `${counts.organizations} organizations, ${counts.results} results, ${counts.needs} needs, ${counts.pledges} pledges, ${counts.events} events ` +
      `(${rate} items/s)${generator ? '' : ' (demo showcase only: no catalogue generator wired)'}${brokerNote}`
    );
  }

  async hasCatalog(): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM research_result) OR EXISTS (SELECT 1 FROM tech_need) AS present`);
    return row.present;
  }

  /** Gives the demo brokers field codes when their profiles have none. */
  async assignDemoBrokerFields(): Promise<number> {
    let updated = 0;
    for (const [email, codes] of Object.entries(DEMO_BROKER_FIELD_CODES)) {
      if (
        await this.brokers.assignFieldCodesIfNone(
          email,
          codes.filter((code) => this.taxonomy.find(code)),
        )
      )
        updated += 1;
    }
    return updated;
  }

  /**
   * Seeds `catalog` (plus the demo logins' showcase items when those accounts exist).
   * Returns null when the catalogue already had rows.
   */
  async seed(catalog: GeneratedCatalog, options: CatalogSeedOptions = {}): Promise<CatalogSeedCounts | null> {
    if (await this.hasCatalog()) return null;
    const started = Date.now();
    const counts: CatalogSeedCounts = {
      organizations: 0,
      results: 0,
      patents: 0,
      evaluations: 0,
      needs: 0,
      pledges: 0,
      events: 0,
      skippedPatents: 0,
      seconds: 0,
    };
    const orgIds = await this.seedOrganizations(catalog, counts);
    const showcase = demoShowcase(options.now ?? new Date());
    const hasDemo = orgIds.has(DEMO_RESEARCH_ORG) && orgIds.has(DEMO_ENTERPRISE_ORG);

    const totalResults = (options.totalResults ?? 0) + (hasDemo ? showcase.results.length : 0);
    await this.inBatches(chain(hasDemo ? showcase.results : [], catalog.results()), async (batch) => {
      await this.dataSource.transaction((manager) => this.insertResults(manager, batch, orgIds, counts));
      options.progress?.('results', counts.results, Math.max(totalResults, counts.results));
    });
    const totalNeeds = (options.totalNeeds ?? 0) + (hasDemo ? showcase.needs.length : 0);
    await this.inBatches(chain(hasDemo ? showcase.needs : [], catalog.needs()), async (batch) => {
      await this.dataSource.transaction((manager) => this.insertNeeds(manager, batch, orgIds, counts));
      options.progress?.('needs', counts.needs, Math.max(totalNeeds, counts.needs));
    });
    counts.seconds = (Date.now() - started) / 1000;
    this.logger.log(
      `Seeded ${counts.organizations} organizations, ${counts.results} results (${counts.patents} patents, ${counts.evaluations} evaluations), ` +
        `${counts.needs} needs (${counts.pledges} pledges), ${counts.events} outbox events in ${counts.seconds.toFixed(1)} s ` +
        `(${Math.round((counts.results + counts.needs) / Math.max(counts.seconds, 0.001))} items/s)` +
        (counts.skippedPatents ? `; ${counts.skippedPatents} malformed patent numbers left out` : ''),
    );
    return counts;
  }

  private async seedOrganizations(catalog: GeneratedCatalog, counts: CatalogSeedCounts): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let i = 0; i < catalog.organizations.length; i += SEED_BATCH) {
      const batch = catalog.organizations.slice(i, i + SEED_BATCH);
      const byCode = await this.organizations.registerVerified(
        batch.map((org) => ({
          name: org.name,
          kind: org.kind as OrganizationKind,
          district: org.district,
          creditCode: org.creditCode,
          keyPlatform: org.keyPlatform,
        })),
      );
      for (const org of batch) {
        const id = byCode.get(org.creditCode);
        if (id) ids.set(org.key, id);
      }
      counts.organizations += batch.length;
    }
    const researcher = DEMO_ACCOUNTS.find((account) => account.roles.includes('RESEARCHER' as never));
    const enterprise = DEMO_ACCOUNTS.find((account) => account.roles.includes('ENTERPRISE' as never));
    const demo = await this.users.principalsByEmail([researcher?.email, enterprise?.email].filter((email): email is string => !!email));
    const researchOrg = { id: researcher ? demo.get(researcher.email)?.organizationId : null };
    const enterpriseOrg = { id: enterprise ? demo.get(enterprise.email)?.organizationId : null };
    if (researchOrg?.id) ids.set(DEMO_RESEARCH_ORG, researchOrg.id);
    if (enterpriseOrg?.id) ids.set(DEMO_ENTERPRISE_ORG, enterpriseOrg.id);
    return ids;
  }

  private async inBatches<T>(items: Iterable<T>, work: (batch: T[]) => Promise<void>): Promise<void> {
    let batch: T[] = [];
    for (const item of items) {
      batch.push(item);
      if (batch.length >= SEED_BATCH) {
        await work(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await work(batch);
  }

  private async insertResults(manager: EntityManager, batch: GeneratedResult[], orgIds: Map<string, string>, counts: CatalogSeedCounts): Promise<void> {
    const results: Record<string, unknown>[] = [];
    const patents: Record<string, unknown>[] = [];
    const evaluations: Record<string, unknown>[] = [];
    const published: { id: string; row: GeneratedResult; ownerId: string }[] = [];
    for (const result of batch) {
      const ownerId = orgIds.get(result.ownerKey);
      if (!ownerId) throw new Error(`Result ${result.key}: unknown owner ${result.ownerKey}`);
      if (!this.taxonomy.isField(result.fieldCode)) throw new Error(`Result ${result.key}: unknown field code ${result.fieldCode}`);
      const id = randomUUID();
      const selected = result.status === 'PUBLISHED' && result.resultClass === 'MAJOR_INNOVATION' ? result.selectedYear : null;
      results.push({
        id,
        owner_id: ownerId,
        title: result.title,
        summary: result.summary,
        description: result.description,
        keywords: result.keywords.slice(0, 20),
        result_class: result.resultClass,
        field_code: result.fieldCode,
        trl: result.trl,
        transfer_modes: result.transferModes,
        price_min: result.askingPrice.min,
        price_max: result.askingPrice.max,
        price_negotiable: result.askingPrice.negotiable || (result.askingPrice.min === null && result.askingPrice.max === null),
        needs_pilot: result.needsPilot,
        visibility: result.visibility,
        status: result.status,
        selected_year: selected,
        created_at: result.createdAt,
        submitted_at: result.submittedAt,
        evaluated_at: result.evaluatedAt,
        published_at: result.publishedAt,
        rejected_at: result.status === 'REJECTED' ? (result.evaluatedAt ?? result.createdAt) : null,
        withdrawn_at: result.status === 'WITHDRAWN' ? (result.publishedAt ?? result.evaluatedAt ?? result.submittedAt ?? result.createdAt) : null,
      });
      const seen = new Set<string>();
      for (const patent of result.patents) {
        const number = isValidPatentNumber(patent.number) ? normalisePatentNumber(patent.number)! : null;
        if (!number || seen.has(number)) {
          counts.skippedPatents += 1;
          continue;
        }
        seen.add(number);
        patents.push({ result_id: id, position: seen.size - 1, number, title: patent.title, granted: patent.granted });
      }
      if (result.evaluation) {
        evaluations.push({
          result_id: id,
          score: result.evaluation.score,
          technical_maturity: result.evaluation.technicalMaturity,
          market_potential: result.evaluation.marketPotential,
          comment: result.evaluation.comment,
          approved: result.evaluation.approved,
          evaluated_at: result.evaluatedAt ?? result.createdAt,
        });
      }
      if (result.status === 'PUBLISHED') published.push({ id, row: result, ownerId });
    }
    await manager.query(
      `INSERT INTO research_result (id, owner_id, title, summary, description, keywords, result_class, field_code, trl, transfer_modes, price_min, price_max,
         price_negotiable, needs_pilot, visibility, status, selected_year, created_at, updated_at, submitted_at, evaluated_at, published_at, rejected_at, withdrawn_at)
       SELECT id, owner_id, title, summary, description, keywords, result_class, field_code, trl, transfer_modes, price_min, price_max,
         price_negotiable, needs_pilot, visibility, status, selected_year, created_at, created_at, submitted_at, evaluated_at, published_at, rejected_at, withdrawn_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, owner_id uuid, title text, summary text, description text, keywords text[], result_class text,
         field_code text, trl smallint, transfer_modes text[], price_min numeric, price_max numeric, price_negotiable boolean, needs_pilot boolean,
         visibility text, status text, selected_year smallint, created_at timestamptz, submitted_at timestamptz, evaluated_at timestamptz,
         published_at timestamptz, rejected_at timestamptz, withdrawn_at timestamptz)`,
      [JSON.stringify(results)],
    );
    if (patents.length > 0) {
      await manager.query(
        `INSERT INTO result_patent (result_id, position, number, title, granted)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(result_id uuid, position smallint, number text, title text, granted boolean)`,
        [JSON.stringify(patents)],
      );
    }
    if (evaluations.length > 0) {
      await manager.query(
        `INSERT INTO result_evaluation (result_id, score, technical_maturity, market_potential, comment, approved, evaluated_at)
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(result_id uuid, score smallint, technical_maturity smallint, market_potential smallint,
           comment text, approved boolean, evaluated_at timestamptz)`,
        [JSON.stringify(evaluations)],
      );
    }
    await this.appendEvents(
      manager,
      published.map(({ id, row, ownerId }) => ({
        type: 'result.published' as const,
        aggregate_id: id,
        payload: { status: row.status, ownerId, visibility: row.visibility, fieldCode: row.fieldCode, resultClass: row.resultClass, seeded: true },
      })),
      counts,
    );
    counts.results += results.length;
    counts.patents += patents.length;
    counts.evaluations += evaluations.length;
  }

  private async insertNeeds(manager: EntityManager, batch: GeneratedNeed[], orgIds: Map<string, string>, counts: CatalogSeedCounts): Promise<void> {
    const needs: Record<string, unknown>[] = [];
    const pledges: Record<string, unknown>[] = [];
    const listed: { id: string; row: GeneratedNeed; enterpriseId: string }[] = [];
    for (const need of batch) {
      const enterpriseId = orgIds.get(need.enterpriseKey);
      if (!enterpriseId) throw new Error(`Need ${need.key}: unknown enterprise ${need.enterpriseKey}`);
      if (!this.taxonomy.isField(need.fieldCode)) throw new Error(`Need ${need.key}: unknown field code ${need.fieldCode}`);
      const id = randomUUID();
      let pledged = 0n;
      let fundedAt: Date | null = null;
      const byOrg = new Set<string>();
      for (const pledge of [...need.pledges].sort((a, b) => a.pledgedAt.getTime() - b.pledgedAt.getTime())) {
        const organizationId = orgIds.get(pledge.organizationKey);
        if (!need.collectiveTarget || !organizationId || organizationId === enterpriseId || byOrg.has(organizationId) || fundedAt) continue;
        byOrg.add(organizationId);
        pledged += centsOf(pledge.amount);
        pledges.push({ need_id: id, organization_id: organizationId, amount: pledge.amount, pledged_at: pledge.pledgedAt });
        if (pledged >= centsOf(need.collectiveTarget)) fundedAt = pledge.pledgedAt;
      }
      needs.push({
        id,
        enterprise_id: enterpriseId,
        title: need.title,
        summary: need.summary,
        description: need.description,
        keywords: need.keywords.slice(0, 20),
        field_code: need.fieldCode,
        min_trl: need.minTrl,
        budget_min: need.budget.min,
        budget_max: need.budget.max,
        budget_negotiable: need.budget.negotiable || (need.budget.min === null && need.budget.max === null),
        deadline: need.deadline,
        preferred_modes: need.preferredModes,
        visibility: need.visibility,
        status: need.status,
        collective_target: need.collectiveTarget,
        pledged_amount: fromCents(pledged),
        funded_at: fundedAt,
        created_at: need.createdAt,
        published_at: need.publishedAt,
        closed_at: need.status === NeedStatus.CLOSED ? (need.publishedAt ?? need.createdAt) : null,
      });
      if (LISTED_NEED_STATUSES.includes(need.status as NeedStatus)) listed.push({ id, row: need, enterpriseId });
    }
    await manager.query(
      `INSERT INTO tech_need (id, enterprise_id, title, summary, description, keywords, field_code, min_trl, budget_min, budget_max, budget_negotiable, deadline,
         preferred_modes, visibility, status, collective_target, pledged_amount, funded_at, created_at, updated_at, published_at, closed_at)
       SELECT id, enterprise_id, title, summary, description, keywords, field_code, min_trl, budget_min, budget_max, budget_negotiable, deadline,
         preferred_modes, visibility, status, collective_target, pledged_amount, funded_at, created_at, created_at, published_at, closed_at
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, enterprise_id uuid, title text, summary text, description text, keywords text[], field_code text,
         min_trl smallint, budget_min numeric, budget_max numeric, budget_negotiable boolean, deadline timestamptz, preferred_modes text[], visibility text,
         status text, collective_target numeric, pledged_amount numeric, funded_at timestamptz, created_at timestamptz, published_at timestamptz, closed_at timestamptz)`,
      [JSON.stringify(needs)],
    );
    if (pledges.length > 0) {
      const recordset = `jsonb_to_recordset($1::jsonb) AS x(need_id uuid, organization_id uuid, amount numeric, pledged_at timestamptz)`;
      await manager.query(
        `INSERT INTO need_pledge (need_id, organization_id, amount, first_pledged_at, pledged_at) SELECT need_id, organization_id, amount, pledged_at, pledged_at FROM ${recordset}`,
        [JSON.stringify(pledges)],
      );
      await manager.query(
        `INSERT INTO need_pledge_change (need_id, organization_id, amount, changed_at) SELECT need_id, organization_id, amount, pledged_at FROM ${recordset}`,
        [JSON.stringify(pledges)],
      );
    }
    await this.appendEvents(
      manager,
      listed.map(({ id, row, enterpriseId }) => ({
        type: 'need.published' as const,
        aggregate_id: id,
        payload: {
          status: row.status,
          enterpriseId,
          visibility: row.visibility,
          fieldCode: row.fieldCode,
          collective: row.collectiveTarget !== null,
          seeded: true,
        },
      })),
      counts,
    );
    counts.needs += needs.length;
    counts.pledges += pledges.length;
  }

  /** One multi-row INSERT of outbox events for the batch, in the batch's transaction. */
  private async appendEvents(
    manager: EntityManager,
    events: (DomainEvent<'result.published' | 'need.published'> & { aggregate_id: string })[],
    counts: CatalogSeedCounts,
  ): Promise<void> {
    if (events.length === 0) return;
    await this.outbox.append(manager, ...events.map(({ aggregate_id, ...event }) => ({ ...event, aggregateId: aggregate_id })));
    counts.events += events.length;
  }
}

function* chain<T>(first: Iterable<T>, second: Iterable<T>): Iterable<T> {
  yield* first;
  yield* second;
}
