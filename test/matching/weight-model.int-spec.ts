import { ContractType, DealService, DealStage } from '@techbridge/brokerage';
import {
  DocumentFrequencies,
  MATCH_FACTORS,
  MatchableNeed,
  MatchableResult,
  MatchFactor,
  MatchScorerService,
  MatchTrainingDataReader,
  MatchWeightModelService,
  normaliseWeights,
  SHOWN_RANK,
  weightsFor,
} from '@techbridge/matching';
import { Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { catalogPair, certifiedBroker, principalOf, publishedNeedRow } from '../brokerage/brokerage-helpers';
import { createAdmin, eventually, registerAccount, SignedIn, startTestApp, TestApp } from '../support';

type Values = Record<MatchFactor, number>;

/**
 * Broker signal that disagrees with the default weights: the results brokers shortlist, open
 * deals for and sign are mature and within budget but share fewer words with the need; the ones
 * they dismiss (TRL too early) share the most words. The default weights, text first, rank the
 * dismissed ones on top; weights learned from the signal should not.
 */
const GOOD: Values = { text: 0.3, concept: 0.4, field: 1, maturity: 1, price: 1, mode: 0.7, region: 0.5, ip: 0.4, freshness: 0.6, feedback: 0.5 };
const DISTRACTOR: Values = { text: 0.9, concept: 0.8, field: 1, maturity: 0.15, price: 0.4, mode: 0.7, region: 0.5, ip: 0.4, freshness: 0.6, feedback: 0.5 };
const SHOWN: Values = { text: 0.55, concept: 0.5, field: 1, maturity: 0.5, price: 0.6, mode: 0.7, region: 0.5, ip: 0.4, freshness: 0.6, feedback: 0.5 };

const DAY = 86_400_000;

describe('learned match weights (PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  let university: SignedIn;
  let enterprise: SignedIn;
  let admin: SignedIn;
  const defaults = normaliseWeights();
  const needs: string[] = [];
  /** Result ids per need: [good, good, distractor, distractor, shown…]. */
  const results = new Map<string, string[]>();

  /** A match row written as a recompute would (factor values, default weights, score their sum). */
  async function matchRow(needId: string, resultId: string, values: Values, jitter: number): Promise<string> {
    const factors = MATCH_FACTORS.map((factor) => {
      const value = Math.min(1, Math.max(0, values[factor] + (factor === 'ip' || factor === 'freshness' ? jitter : 0)));
      return { factor, weight: defaults[factor], value, contribution: 100 * defaults[factor] * value, reasonZh: '—', reasonEn: '—' };
    });
    const score = Math.round(factors.reduce((sum, factor) => sum + factor.contribution, 0) * 100) / 100;
    const [row] = await db.query(`INSERT INTO match (need_id, result_id, score, factors) VALUES ($1, $2, $3, $4) RETURNING id`, [
      needId,
      resultId,
      score,
      JSON.stringify(factors),
    ]);
    return row.id as string;
  }

  async function feedback(needId: string, resultId: string, status: string, reason: string | null, at: Date): Promise<void> {
    await db.query(`UPDATE match SET status = $3, feedback_reason_code = $4, feedback_at = $5, status_changed_at = $5 WHERE need_id = $1 AND result_id = $2`, [
      needId,
      resultId,
      status,
      reason,
      at,
    ]);
  }

  beforeAll(async () => {
    t = await startTestApp({ worker: true });
    db = t.app.get(DataSource);
    admin = await createAdmin(t);
    university = await registerAccount(t, 'UNIVERSITY');
    enterprise = await registerAccount(t, 'ENTERPRISE');
    const start = Date.now() - 60 * DAY;
    for (let n = 0; n < 15; n += 1) {
      const { needId, resultId } = await catalogPair(db, university.organizationId!, enterprise.organizationId, 'JL.SSB');
      const ids = [resultId];
      for (let r = 1; r < 8; r += 1) ids.push((await catalogPair(db, university.organizationId!, null, 'JL.SSB')).resultId);
      needs.push(needId!);
      results.set(needId!, ids);
      // Jitter within the shown and dismissed rows only: the two good ones tie, so any weights ranking them first rank a need ideally.
      for (let r = 0; r < 8; r += 1) await matchRow(needId!, ids[r], r < 2 ? GOOD : r < 4 ? DISTRACTOR : SHOWN, r < 2 ? 0 : ((n * 8 + r) % 5) * 0.02);
      const at = new Date(start + n * DAY);
      await feedback(needId!, ids[0], 'SHORTLISTED', null, at);
      await feedback(needId!, ids[1], n % 3 === 0 ? 'DISMISSED' : 'SHORTLISTED', n % 3 === 0 ? 'ALREADY_KNOWN' : null, at);
      await feedback(needId!, ids[2], 'DISMISSED', 'TRL_TOO_EARLY', at);
      await feedback(needId!, ids[3], 'DISMISSED', 'TRL_TOO_EARLY', at);
    }
    // A need with no broker signal at all contributes nothing.
    const quiet = await catalogPair(db, university.organizationId!, enterprise.organizationId, 'JL.SSB');
    await matchRow(quiet.needId!, quiet.resultId, GOOD, 0);
  });
  afterAll(async () => {
    await t.close();
  });

  it('assembles graded rows from feedback, deals and contracts through the read views', async () => {
    const broker = await certifiedBroker(t, admin, ['JL.SSB']);
    const deals = t.app.get(DealService);
    const buyer = principalOf(enterprise, Role.ENTERPRISE);
    const brokerP = principalOf(broker, Role.BROKER);
    const command = (n: number) => ({
      resultId: results.get(needs[n])![0],
      needId: needs[n],
      matchId: null,
      ownerOrgId: university.organizationId!,
      enterpriseOrgId: enterprise.organizationId,
      fieldCode: 'JL.SSB',
    });
    await deals.open(command(13), buyer);
    const signed = await deals.open(command(14), buyer);
    await deals.advance(signed.id, { to: DealStage.NEGOTIATING }, brokerP);
    await deals.advance(signed.id, { to: DealStage.TERMS_AGREED }, brokerP);
    await deals.signContract(signed.id, { type: ContractType.LICENSE, amount: '500000.00', signedAt: new Date(), contractNo: `WM-${Date.now()}` }, brokerP);

    // One more need: 25 unreviewed matches and one dismissal; only the first SHOWN_RANK count as shown.
    const crowded = await publishedNeedRow(db, enterprise.organizationId!, 'JL.SSB');
    for (let r = 0; r < 25; r += 1) {
      const { resultId } = await catalogPair(db, university.organizationId!, null, 'JL.SSB');
      await matchRow(crowded, resultId, r === 0 ? DISTRACTOR : SHOWN, r * 0.001);
      if (r === 0) await feedback(crowded, resultId, 'DISMISSED', 'WRONG_FIELD', new Date(Date.now() - 70 * DAY));
    }

    const data = await t.app.get(MatchTrainingDataReader).read();
    // 15 needs: 4 shown each; 10 with two shortlists, 5 with one and an ALREADY_KNOWN (a shortlist too); deals on 2.
    expect(data.counts).toEqual({ CONTRACT_SIGNED: 1, DEAL_OPENED: 1, SHORTLISTED: 28, SHOWN: 60 + (SHOWN_RANK - 1), DISMISSED: 31 });
    expect(data.skipped).toBe(0);
    const byNeed = (id: string) => data.rows.filter((row) => row.needId === id);
    expect(byNeed(needs[14]).find((row) => row.resultId === results.get(needs[14])![0])).toMatchObject({ grade: 4, fieldCode: 'JL.SSB' });
    expect(byNeed(needs[13]).find((row) => row.resultId === results.get(needs[13])![0])).toMatchObject({ grade: 3 });
    expect(
      byNeed(needs[0])
        .map((row) => row.grade)
        .sort(),
    ).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
    expect(byNeed(crowded)).toHaveLength(SHOWN_RANK);
    expect(byNeed(needs[0])[0].values).toMatchObject({ field: 1, region: 0.5 });
    await db.query(`DELETE FROM match WHERE need_id = $1`, [crowded]);
  });

  it('stores nothing on a dry run, then activates a candidate that beats the defaults and announces it', async () => {
    const models = t.app.get(MatchWeightModelService);
    const scorer = t.app.get(MatchScorerService);
    const dry = await models.train({ dryRun: true, minPairs: 50 });
    expect(dry).toMatchObject({ version: null, activated: false, previousVersion: null });
    expect(dry.comparison!.beats).toBe(true);
    expect(await db.query(`SELECT count(*)::int AS n FROM match_weight_model`)).toEqual([{ n: 0 }]);
    expect(scorer.weightModel).toBeNull();

    const report = await models.train({ minPairs: 50 });
    expect(report).toMatchObject({ version: 1, activated: true, data: { needs: 15, trainNeeds: 12, holdoutNeeds: 3 } });
    expect(report.comparison!.after).toBeGreaterThan(report.comparison!.before);
    const rows: { field_code: string; active: boolean; weights: Record<string, number>; training_size: number }[] = await db.query(
      `SELECT field_code, active, weights, training_size FROM match_weight_model WHERE version = 1 ORDER BY field_code`,
    );
    expect(rows.map((row) => [row.field_code, row.active])).toEqual([
      ['*', true],
      ['JL.SSB', true],
    ]);
    const learned = normaliseWeights(rows[1].weights);
    expect(learned.maturity + learned.price).toBeGreaterThan(defaults.maturity + defaults.price);
    expect(learned.feedback).toBeCloseTo(defaults.feedback, 9);
    const events: { payload: { version: number; previousVersion: number | null } }[] = await db.query(
      `SELECT payload FROM outbox_event WHERE type = 'match_weights.activated'`,
    );
    expect(events.map((event) => event.payload)).toEqual([{ version: 1, previousVersion: null, fieldCodes: ['*', 'JL.SSB'] }]);

    // The scorer of this process took the model at once; a need of the field gets its entry.
    expect(scorer.weightModel?.version).toBe(1);
    const context = scorer.context();
    expect(weightsFor(context, 'JL.SSB')).toEqual(learned);
    expect(weightsFor(context, 'HC.AQV')).toEqual(normaliseWeights(rows[0].weights));
    const need: MatchableNeed = {
      id: 'n',
      title: '固态电池',
      summary: '固态电池',
      keywords: [],
      fieldCode: 'JL.SSB',
      minTrl: 6,
      budgetMin: null,
      budgetMax: null,
      negotiable: true,
      preferredModes: [],
      district: null,
      publishedAt: null,
      enterpriseId: 'e',
    };
    const result: MatchableResult = {
      id: 'r',
      title: '固态电池',
      summary: '固态电池',
      keywords: [],
      fieldCode: 'JL.SSB',
      trl: 7,
      priceMin: null,
      priceMax: null,
      negotiable: true,
      transferModes: [],
      district: null,
      patents: 0,
      grantedPatents: 0,
      publishedAt: null,
      ownerId: 'o',
    };
    const [ranked] = scorer.rank(need, [result], DocumentFrequencies.fromDocuments([]), 1);
    expect(Object.fromEntries(ranked.score.factors.map((factor) => [factor.factor, factor.weight]))).toEqual(learned);
  });

  it('keeps the active model when a new candidate does not beat it, and stores the candidate inactive', async () => {
    const models = t.app.get(MatchWeightModelService);
    const report = await models.train({ minPairs: 50 });
    expect(report).toMatchObject({ version: 2, activated: false, previousVersion: 1 });
    expect(report.decision).toContain('not activated');
    const active: { version: number }[] = await db.query(`SELECT DISTINCT version FROM match_weight_model WHERE active`);
    expect(active).toEqual([{ version: 1 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM match_weight_model WHERE version = 2 AND NOT active AND activated_at IS NULL`)).toEqual([{ n: 2 }]);
    expect(t.app.get(MatchScorerService).weightModel?.version).toBe(1);
    expect((await models.list()).map((entry) => [entry.version, entry.fieldCode, entry.active])).toEqual([
      [2, '*', false],
      [2, 'JL.SSB', false],
      [1, '*', true],
      [1, 'JL.SSB', true],
    ]);
  });

  it('activates a stored version on request, and a scorer that missed it reloads when the outbox delivers the event', async () => {
    const scorer = t.app.get(MatchScorerService);
    scorer.useWeightModel(null);
    await t.app.get(MatchWeightModelService).activate(2);
    expect(await db.query(`SELECT DISTINCT version FROM match_weight_model WHERE active`)).toEqual([{ version: 2 }]);
    await eventually(async () => (scorer.weightModel?.version === 2 ? true : undefined));
    const events: { payload: { version: number; previousVersion: number | null } }[] = await db.query(
      `SELECT payload FROM outbox_event WHERE type = 'match_weights.activated' ORDER BY id`,
    );
    expect(events.map((event) => [event.payload.version, event.payload.previousVersion])).toEqual([
      [1, null],
      [2, 1],
    ]);
  });

  it('lists the versions to administrators over GraphQL, and refuses others and a bad count', async () => {
    const QUERY = `query($versions: Int) { matchWeightModels(versions: $versions) { version fieldCode active activatedAt ndcg10Before ndcg10After holdoutNeeds trainingPairs weights { factor weight } } }`;
    const listed = await t.gql<{
      matchWeightModels: {
        version: number;
        fieldCode: string;
        active: boolean;
        weights: { factor: string; weight: number }[];
        holdoutNeeds: number;
        trainingPairs: number;
      }[];
    }>(QUERY, { versions: 1 }, admin.token);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.matchWeightModels.map((entry) => [entry.version, entry.fieldCode, entry.active])).toEqual([
      [2, '*', true],
      [2, 'JL.SSB', true],
    ]);
    const [global] = listed.data!.matchWeightModels;
    expect(global.weights.map((entry) => entry.factor)).toEqual([...MATCH_FACTORS]);
    expect(global.weights.reduce((sum, entry) => sum + entry.weight, 0)).toBeCloseTo(1, 9);
    expect(global).toMatchObject({ holdoutNeeds: 3, trainingPairs: expect.any(Number) as number });
    expect((await t.gql(QUERY, {}, admin.token)).data?.matchWeightModels).toHaveLength(4);
    const bad = await t.gql(QUERY, { versions: 0 }, admin.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { versions: [expect.any(String)] } });
    expect((await t.gql(QUERY, {}, enterprise.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
