import { Readable } from 'node:stream';

import { ContractType, DealService, DealStage } from '@techbridge/brokerage';
import { KpiRollupService } from '@techbridge/insights';
import { Principal, Role } from '@techbridge/platform';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';

import { principalOf } from '../brokerage/brokerage-helpers';
import {
  Cast,
  cast,
  CREATE_NEED,
  CREATE_RESULT,
  EVALUATE_RESULT,
  needInput,
  publishedNeed,
  publishedResult,
  resultInput,
  SUBMIT_RESULT,
} from '../catalog/catalog-fixtures';
import { errorCode, eventually, startTestApp, TestApp } from '../support';

const FIGURES = `year resultsCollected resultsEvaluated resultsPublished majorResultsSelected industrialProjects needsCollected needsLinked
  matchesMade dealsOpened contractsSigned contractTurnover eventsHeld meetingsHeld activeBrokers pilotBookingsCompleted scope organizationId brokerId
  figures { key label actual target share value measure resultClass cityWide }`;
const KPIS = `query($year: Int!, $scope: KpiScope, $organizationId: ID) { kpis(year: $year, scope: $scope, organizationId: $organizationId) { ${FIGURES} } }`;
const DETAILS = `query($year: Int!, $by: KpiDimension!) { kpis(year: $year) {
  breakdown(by: $by) { bucket label figures { key actual value } }
  funnel { stages { key count conversion } medianDaysToFirstBrokerContact medianDaysToContract }
  exportUrls { reportCsv reportXlsx contractsCsv contractsXlsx dealsCsv dealsXlsx } } }`;
const SET_TARGETS = `mutation($year: Int!, $targets: [KpiTargetInput!]!) { setKpiTargets(year: $year, targets: $targets) { figures { key actual target share } } }`;

/** The calendar year (Asia/Shanghai) the scripted rows fall in. */
const YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

async function download(t: TestApp, path: string, token?: string): Promise<Response> {
  return fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

function parseCsv(text: string): string[][] {
  // The exports quote only when needed and none of these cells holds a comma, quote or newline.
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

describe('insights: the 3×4 scoreboard after a scripted year', () => {
  let t: TestApp;
  let db: DataSource;
  let c: Cast;
  let brokerP: Principal;
  const ids: { results: string[]; needs: string[]; deals: string[] } = { results: [], needs: [], deals: [] };

  const kpis = async (token: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> => {
    const response = await t.gql(KPIS, { year: YEAR, ...variables }, token);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.kpis as Record<string, any>;
  };

  beforeAll(async () => {
    // The worker relays the outbox to the jobs that keep the KPI rollup current.
    t = await startTestApp({ worker: true });
    db = t.app.get(DataSource);
    c = await cast(t);
    brokerP = principalOf(c.broker, Role.BROKER);

    // Results: one left in draft, one submitted, one evaluated, three published (two industrial projects, one major result later selected).
    await t.gql(CREATE_RESULT, { input: resultInput({ title: '草稿成果不计入' }) }, c.researcher.token);
    const submitted = (await t.gql(CREATE_RESULT, { input: resultInput({ title: '仅提交的成果' }) }, c.researcher.token)).data!.createResult.id as string;
    await t.gql(SUBMIT_RESULT, { id: submitted }, c.researcher.token);
    const evaluated = (await t.gql(CREATE_RESULT, { input: resultInput({ title: '已评价的成果' }) }, c.researcher.token)).data!.createResult.id as string;
    await t.gql(SUBMIT_RESULT, { id: evaluated }, c.researcher.token);
    const evaluation = await t.gql(
      EVALUATE_RESULT,
      { id: evaluated, input: { score: 70, technicalMaturity: 60, marketPotential: 70, comment: '可发布', approve: true } },
      c.admin.token,
    );
    expect(evaluation.errors).toBeUndefined();
    const industrialA = await publishedResult(t, c.researcher, c.admin, { title: '产业项目甲' });
    const industrialB = await publishedResult(t, c.researcher, c.admin, { title: '产业项目乙' });
    const major = await publishedResult(t, c.researcher, c.admin, { title: '重大成果丙', resultClass: 'MAJOR_INNOVATION' });
    // Selecting a major result has no API yet: the evaluation committee's choice is written as the catalog stores it.
    await db.query(`UPDATE research_result SET selected_year = $2 WHERE id = $1`, [major, YEAR]);
    ids.results = [submitted, evaluated, industrialA, industrialB, major];

    // Needs: two published, one draft.
    ids.needs = [await publishedNeed(t, c.enterprise, { title: '低温快充需求甲' }), await publishedNeed(t, c.enterprise, { title: '固态电解质需求乙' })];
    await t.gql(CREATE_NEED, { input: needInput({ title: '草稿需求不计入' }) }, c.enterprise.token);

    // Deals: three opened by the enterprise on two needs (the certified broker is assigned); one signed for 1,200,000.00 yuan.
    const deals = t.app.get(DealService);
    const enterpriseP = principalOf(c.enterprise, Role.ENTERPRISE);
    const open = (resultId: string, needId: string) =>
      deals.open({ resultId, needId, ownerOrgId: c.researcher.organizationId, enterpriseOrgId: c.enterprise.organizationId, fieldCode: 'JL.SSB' }, enterpriseP);
    const first = await open(industrialA, ids.needs[0]);
    const second = await open(industrialB, ids.needs[1]);
    const third = await open(major, ids.needs[0]);
    ids.deals = [first.id, second.id, third.id];
    expect([first.brokerId, second.brokerId, third.brokerId]).toEqual([c.broker.userId, c.broker.userId, c.broker.userId]);
    await deals.advance(first.id, { to: DealStage.NEGOTIATING }, brokerP);
    await deals.advance(first.id, { to: DealStage.TERMS_AGREED }, brokerP);
    await deals.signContract(
      first.id,
      { type: ContractType.TRANSFER, amount: '1200000.00', signedAt: new Date(Date.now() - 60_000), contractNo: `QD-${Date.now()}` },
      brokerP,
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts 0 for matches, events, meetings and bookings before any exist, and every other figure equals the rows created', async () => {
    // The city-wide figures come from the rollup, current once the relay and its job have run.
    const report = await eventually(async () => {
      const current = await kpis(c.admin.token);
      // Each figure is refreshed on its own: wait until the relay and every rollup job are done.
      const [{ pending }] = await db.query(
        `SELECT (SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL) + (SELECT count(*) FROM pgboss.job WHERE name = 'insights.kpi-rollup' AND state < 'completed') AS pending`,
      );
      const caughtUp = Number(pending) === 0 && current.contractsSigned === 1 && current.contractTurnover === '1200000.00';
      return caughtUp && current.resultsCollected === 5 && current.needsCollected === 2 ? current : undefined;
    });
    expect(report).toMatchObject({
      year: YEAR,
      scope: 'CITY',
      resultsCollected: 5,
      resultsEvaluated: 4,
      resultsPublished: 3,
      majorResultsSelected: 1,
      industrialProjects: 2,
      needsCollected: 2,
      needsLinked: 2,
      matchesMade: 0,
      dealsOpened: 3,
      contractsSigned: 1,
      contractTurnover: '1200000.00',
      eventsHeld: 0,
      meetingsHeld: 0,
      activeBrokers: 1,
      pilotBookingsCompleted: 0,
    });
    const byKey = Object.fromEntries((report.figures as { key: string }[]).map((figure) => [figure.key, figure]));
    expect(byKey.contractTurnover).toMatchObject({ actual: 1200000, value: '1200000.00', measure: 'MARKET' });
    // The seed's yearly plan stands until an administrator sets another.
    expect(byKey.majorResultsSelected).toMatchObject({ actual: 1, target: 10, share: 0.1, resultClass: 'MAJOR_INNOVATION' });
    expect(byKey.needsLinked).toMatchObject({ target: 1000, share: 0.002, resultClass: 'ENTERPRISE_DEMAND', measure: 'BROKERS' });
    expect(byKey.dealsOpened).toMatchObject({ target: null, share: null });
  });

  it('counts matches made, events and meetings held and pilot bookings completed', async () => {
    const [r1, r2, r3] = ids.results.slice(2);
    // Rows of the matching, events and pilot libs, written straight into their tables (the worker's matching jobs may have suggested some pairs already).
    await db.query(
      `INSERT INTO match (result_id, need_id, score, factors, status, feedback_reason_code)
       VALUES ($1, $4, 90, '[]', 'SHORTLISTED', NULL), ($2, $5, 80, '[]', 'CONVERTED', NULL), ($3, $4, 70, '[]', 'SUGGESTED', NULL), ($3, $5, 60, '[]', 'DISMISSED', 'PRICE')
       ON CONFLICT (result_id, need_id) DO UPDATE SET status = EXCLUDED.status, feedback_reason_code = EXCLUDED.feedback_reason_code, status_changed_at = now()`,
      [r1, r2, r3, ...ids.needs],
    );
    const [held] = await db.query(
      `INSERT INTO matchmaking_event (title, starts_at, ends_at, slot_minutes, tables, status, created_by)
       VALUES ('对接会', now() - interval '2 hours', now() - interval '1 hour', 10, 5, 'COMPLETED', $1) RETURNING id`,
      [c.admin.userId],
    );
    await db.query(
      `INSERT INTO matchmaking_event (title, starts_at, ends_at, slot_minutes, tables, status, created_by)
       VALUES ('待办活动', now() + interval '1 day', now() + interval '25 hours', 10, 5, 'OPEN', $1)`,
      [c.admin.userId],
    );
    await db.query(
      `INSERT INTO meeting (event_id, result_id, need_id, result_org_id, need_org_id, slot_index, starts_at, ends_at, table_no, score, status, deal_id)
       VALUES ($1, $2, $3, $4, $5, 0, now() - interval '2 hours', now() - interval '110 minutes', 1, 80, 'HELD', $6),
              ($1, $7, $3, $4, $5, 1, now() - interval '100 minutes', now() - interval '90 minutes', 1, 75, 'NO_SHOW', NULL)`,
      [held.id, r1, ids.needs[0], c.researcher.organizationId, c.enterprise.organizationId, ids.deals[0], r2],
    );
    const [platform] = await db.query(
      `INSERT INTO pilot_platform (name, operator_id, field_codes, created_by) VALUES ('中试平台', $1, '{JL.SSB}', $2) RETURNING id`,
      [c.researcher.organizationId, c.researcher.userId],
    );
    await db.query(
      `INSERT INTO pilot_booking (platform_id, result_id, requested_by, from_at, to_at, status, decided_at, completed_at)
       VALUES ($1, $2, $3, now() - interval '3 days', now() - interval '1 day', 'COMPLETED', now() - interval '4 days', now() - interval '1 day'),
              ($1, $2, $3, now() + interval '3 days', now() + interval '5 days', 'APPROVED', now(), NULL)`,
      [platform.id, r1, c.researcher.userId],
    );
    // Written past their services, these rows raised no outbox event: rebuild as `cli kpis-rebuild` does.
    await t.app.get(KpiRollupService).rebuild();
    const report = await kpis(c.admin.token);
    expect(report).toMatchObject({ matchesMade: 2, eventsHeld: 1, meetingsHeld: 1, pilotBookingsCompleted: 1 });

    const funnel = (await t.gql(DETAILS, { year: YEAR, by: 'MEASURE' }, c.admin.token)).data!.kpis.funnel;
    expect(funnel.stages).toEqual([
      { key: 'collected', count: 5, conversion: null },
      { key: 'published', count: 3, conversion: 0.6 },
      { key: 'matched', count: 2, conversion: 2 / 3 },
      { key: 'deal', count: 3, conversion: 1.5 },
      { key: 'contract', count: 1, conversion: 1 / 3 },
    ]);
    expect(funnel.medianDaysToFirstBrokerContact).toBeGreaterThanOrEqual(0);
    expect(funnel.medianDaysToFirstBrokerContact).toBeLessThan(1);
    // Signed a minute before now, on a deal opened moments ago: a negative, tiny interval.
    expect(Math.abs(funnel.medianDaysToContract)).toBeLessThan(1);
  });

  it('breaks the figures down by month, district, chain, field, result class and measure', async () => {
    const breakdown = async (by: string): Promise<{ bucket: string | null; figures: { key: string; actual: number; value: string }[] }[]> => {
      const response = await t.gql(DETAILS, { year: YEAR, by }, c.admin.token);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.kpis.breakdown;
    };
    const figure = (bucket: { figures: { key: string; actual: number }[] }, key: string): number => bucket.figures.find((f) => f.key === key)!.actual;
    const months = await breakdown('MONTH');
    const month = new Intl.DateTimeFormat('sv', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
    expect(months.map((bucket) => bucket.bucket).every((bucket) => bucket?.startsWith(`${YEAR}-`))).toBe(true);
    expect(months.reduce((sum, bucket) => sum + figure(bucket, 'resultsCollected'), 0)).toBe(5);
    expect(
      figure(
        months.find((bucket) => bucket.bucket === month)!,
        'contractsSigned',
      ),
    ).toBe(1);

    const classes = await breakdown('RESULT_CLASS');
    const published = Object.fromEntries(classes.map((bucket) => [bucket.bucket, figure(bucket, 'resultsPublished')]));
    expect(published).toMatchObject({ INDUSTRIAL_INNOVATION: 2, MAJOR_INNOVATION: 1 });
    expect(
      figure(
        classes.find((bucket) => bucket.bucket === 'ENTERPRISE_DEMAND')!,
        'needsCollected',
      ),
    ).toBe(2);

    const chains = await breakdown('CHAIN');
    expect(chains.map((bucket) => bucket.bucket)).toContain('JL');
    expect(
      figure(
        chains.find((bucket) => bucket.bucket === 'JL')!,
        'contractTurnover',
      ),
    ).toBe(1200000);
    const fields = await breakdown('FIELD');
    expect(fields.find((bucket) => bucket.bucket === 'JL.SSB')!.figures.find((f) => f.key === 'contractTurnover')!.value).toBe('1200000.00');

    const districts = await breakdown('DISTRICT');
    expect(districts.reduce((sum, bucket) => sum + figure(bucket, 'dealsOpened'), 0)).toBe(3);

    const measures = await breakdown('MEASURE');
    expect(measures.map((bucket) => bucket.bucket)).toEqual(['MARKET', 'BROKERS', 'PILOT', 'EVENTS']);
    expect(measures[3].figures.map((f) => f.key).sort()).toEqual(['eventsHeld', 'meetingsHeld']);
    expect(measures[2].figures).toEqual([{ key: 'pilotBookingsCompleted', actual: 1, value: '1' }]);
  });

  it("reads the city's breakdowns and funnel from the cube, equal to what the base tables give", async () => {
    const ALL = `query($year: Int!) { kpis(year: $year) {
      byMonth: breakdown(by: MONTH) { bucket label figures { key actual value } }
      byDistrict: breakdown(by: DISTRICT) { bucket label figures { key actual value } }
      byChain: breakdown(by: CHAIN) { bucket label figures { key actual value } }
      byField: breakdown(by: FIELD) { bucket label figures { key actual value } }
      byClass: breakdown(by: RESULT_CLASS) { bucket label figures { key actual value } }
      funnel { stages { key count conversion } } } }`;
    const read = async (): Promise<unknown> => {
      const response = await t.gql(ALL, { year: YEAR }, c.admin.token);
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.kpis;
    };
    // Every figure's cube covers this year: the answer below comes from it.
    const [covered] = await db.query(`SELECT count(*)::int AS n FROM kpi_rollup_state WHERE $1 BETWEEN cube_from_year AND cube_to_year`, [YEAR]);
    expect(covered.n).toBe(15);
    const [rows] = await db.query(`SELECT count(*)::int AS n FROM kpi_cube WHERE year = $1 AND figure = 'contractTurnover' AND dimension = 'FIELD'`, [YEAR]);
    expect(rows.n).toBeGreaterThan(0);
    const fromCube = await read();
    try {
      // Without coverage the same breakdowns are grouped over the base tables.
      await db.query(`UPDATE kpi_rollup_state SET cube_from_year = NULL, cube_to_year = NULL`);
      expect(await read()).toEqual(fromCube);
    } finally {
      await t.app.get(KpiRollupService).rebuild();
    }
    // A year outside the cube (no rows, no coverage) answers from the base tables: empty breakdowns, an empty funnel.
    const old = (await t.gql(ALL, { year: 2001 }, c.admin.token)).data!.kpis;
    expect(old.byMonth).toEqual([]);
    expect(old.funnel.stages.map((stage: { count: number }) => stage.count)).toEqual([0, 0, 0, 0, 0]);
  });

  it('builds missing figures one at a time and, asked to stop, leaves the rest for the next build', async () => {
    const rollup = t.app.get(KpiRollupService);
    const unbuilt = async (): Promise<number> =>
      (await db.query(`SELECT count(*)::int AS n FROM kpi_rollup_state WHERE cube_from_year IS NULL`))[0].n as number;
    await db.query(
      `UPDATE kpi_rollup_state SET cube_from_year = NULL, cube_to_year = NULL WHERE figure IN ('resultsCollected', 'dealsOpened', 'contractsSigned')`,
    );
    expect(await unbuilt()).toBe(3);
    let asked = 0;
    // Asked before each figure: the first answer lets one through, the second stops.
    await rollup.buildMissing({ shouldStop: () => ++asked > 1 });
    expect(await unbuilt()).toBe(2);
    await rollup.buildMissing();
    expect(await unbuilt()).toBe(0);
  });

  it('shows members their organization, brokers their pipeline, and refuses strangers and other scopes', async () => {
    const enterprise = await kpis(c.enterprise.token);
    expect(enterprise).toMatchObject({
      scope: 'ORGANIZATION',
      organizationId: c.enterprise.organizationId,
      resultsCollected: 0,
      needsCollected: 2,
      dealsOpened: 3,
      contractTurnover: '1200000.00',
    });
    const researcher = await kpis(c.researcher.token);
    expect(researcher).toMatchObject({ scope: 'ORGANIZATION', resultsCollected: 5, needsCollected: 0, contractsSigned: 1 });
    const other = await kpis(c.otherResearcher.token);
    expect(other).toMatchObject({ resultsCollected: 0, dealsOpened: 0, contractTurnover: '0.00', matchesMade: 0 });
    const broker = await kpis(c.broker.token);
    expect(broker).toMatchObject({
      scope: 'BROKER',
      brokerId: c.broker.userId,
      resultsCollected: 0,
      dealsOpened: 3,
      contractsSigned: 1,
      needsLinked: 2,
      activeBrokers: 1,
      meetingsHeld: 1,
    });
    const adminView = await kpis(c.admin.token, { scope: 'ORGANIZATION', organizationId: c.enterprise.organizationId });
    expect(adminView).toMatchObject({ needsCollected: 2, resultsCollected: 0 });

    expect(errorCode(await t.gql(KPIS, { year: YEAR }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await t.gql(KPIS, { year: YEAR, scope: 'CITY' }, c.researcher.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(KPIS, { year: YEAR, scope: 'ORGANIZATION', organizationId: c.enterprise.organizationId }, c.researcher.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await t.gql(KPIS, { year: YEAR, scope: 'BROKER' }, c.enterprise.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(KPIS, { year: 1999 }, c.admin.token))).toBe('BAD_USER_INPUT');
  });

  it('lets administrators set targets, refusing unknown keys, negative targets and other roles', async () => {
    const set = await t.gql(
      SET_TARGETS,
      {
        year: YEAR,
        targets: [
          { key: 'needsLinked', target: 4 },
          { key: 'dealsOpened', target: 12 },
        ],
      },
      c.admin.token,
    );
    expect(set.errors).toBeUndefined();
    const figures = Object.fromEntries((set.data!.setKpiTargets.figures as { key: string }[]).map((figure) => [figure.key, figure]));
    expect(figures.needsLinked).toEqual({ key: 'needsLinked', actual: 2, target: 4, share: 0.5 });
    expect(figures.dealsOpened).toEqual({ key: 'dealsOpened', actual: 3, target: 12, share: 0.25 });
    expect(figures.eventsHeld).toMatchObject({ target: 100 });
    // Another year keeps the defaults.
    const next = await kpis(c.admin.token, { year: YEAR + 1 });
    expect((next.figures as { key: string; target: number | null }[]).find((figure) => figure.key === 'needsLinked')!.target).toBe(1000);

    const unknown = await t.gql(
      SET_TARGETS,
      {
        year: YEAR,
        targets: [
          { key: 'needsLinked', target: 5 },
          { key: 'happiness', target: 1 },
        ],
      },
      c.admin.token,
    );
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toContain('happiness');
    expect(unknown.errors![0].extensions!.fields).toEqual({ 'targets.1.key': [expect.stringContaining('happiness')] });
    const negative = await t.gql(SET_TARGETS, { year: YEAR, targets: [{ key: 'needsLinked', target: -1 }] }, c.admin.token);
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(SET_TARGETS, { year: YEAR, targets: [{ key: 'needsLinked', target: 9 }] }, c.enterprise.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(SET_TARGETS, { year: YEAR, targets: [{ key: 'needsLinked', target: 9 }] }))).toBe('UNAUTHENTICATED');
    // Nothing of the refused calls was written.
    const [row] = await db.query(`SELECT target FROM kpi_target WHERE year = $1 AND key = 'needsLinked'`, [YEAR]);
    expect(row.target).toBe('4.00');
  });

  it('exports CSV with a BOM and two header rows, and XLSX that opens, within the caller scope', async () => {
    const urls = (await t.gql(DETAILS, { year: YEAR, by: 'MONTH' }, c.admin.token)).data!.kpis.exportUrls;
    expect(urls.contractsCsv).toBe(`/insights/exports/contracts.csv?year=${YEAR}&scope=CITY`);

    const csv = await download(t, urls.contractsCsv, c.admin.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['合同编号', '签订时间', '合同类型', '合同金额（元）', '交易编号', '技术领域', '成果方', '需求方', '技术经纪人']);
    expect(rows[1][3]).toBe('Amount (CNY)');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual(expect.arrayContaining(['TRANSFER', '1200000.00', ids.deals[0], 'JL.SSB']));

    const report = parseCsv((await (await download(t, urls.reportCsv, c.admin.token)).text()).replace(/^\uFEFF/, ''));
    expect(report[2]).toEqual(['resultsCollected', '征集成果数', 'Results collected', '5', '', '', '', 'MARKET']);
    expect(report.find((row) => row[0] === 'contractTurnover')![3]).toBe('1200000.00');

    const xlsx = await download(t, urls.dealsXlsx, c.admin.token);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(Buffer.from(await xlsx.arrayBuffer())));
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(1).getCell(1).value).toBe('交易编号');
    expect(sheet.getRow(2).getCell(3).value).toBe('Stage');
    const dealRows = [3, 4, 5].map((n) => sheet.getRow(n));
    expect(dealRows.map((row) => row.getCell(1).value).sort()).toEqual([...ids.deals].sort());
    const signed = dealRows.find((row) => row.getCell(1).value === ids.deals[0])!;
    expect(signed.getCell(3).value).toBe('CONTRACT_SIGNED');
    expect(signed.getCell(9).value).toBe(1200000);
    expect(String(signed.getCell(4).value)).toMatch(/^INTRODUCED .* → NEGOTIATING .* → TERMS_AGREED .* → CONTRACT_SIGNED /);

    // Members download their own organization's lists; the other researcher's organization has no deals.
    const mine = await download(t, `/insights/exports/deals.csv?year=${YEAR}`, c.otherResearcher.token);
    expect(mine.status).toBe(200);
    expect(parseCsv((await mine.text()).replace(/^\uFEFF/, ''))).toHaveLength(2);
    const theirs = await download(
      t,
      `/insights/exports/deals.csv?year=${YEAR}&scope=ORGANIZATION&organizationId=${c.enterprise.organizationId}`,
      c.otherResearcher.token,
    );
    expect(theirs.status).toBe(403);
    expect(await theirs.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const anonymous = await download(t, urls.contractsCsv);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await download(t, `/insights/exports/secrets.csv?year=${YEAR}`, c.admin.token)).status).toBe(404);
    expect((await download(t, `/insights/exports/deals.csv?year=nope`, c.admin.token)).status).toBe(400);
  });

  it('reflects a contract signed in the city figures within the relay and rollup job latency', async () => {
    const before = await kpis(c.admin.token);
    const rollupBefore = await db.query(`SELECT COALESCE(sum(amount), 0)::text AS amount FROM kpi_daily WHERE figure = 'contractTurnover'`);
    const deals = t.app.get(DealService);
    const enterpriseP = principalOf(c.enterprise, Role.ENTERPRISE);
    const deal = await deals.open(
      {
        resultId: ids.results[2],
        needId: ids.needs[1],
        ownerOrgId: c.researcher.organizationId,
        enterpriseOrgId: c.enterprise.organizationId,
        fieldCode: 'JL.SSB',
      },
      enterpriseP,
    );
    await deals.advance(deal.id, { to: DealStage.NEGOTIATING }, brokerP);
    await deals.advance(deal.id, { to: DealStage.TERMS_AGREED }, brokerP);
    const signedAt = Date.now();
    await deals.signContract(
      deal.id,
      { type: ContractType.LICENSE, amount: '300000.55', signedAt: new Date(Date.now() - 1000), contractNo: `QD-${Date.now()}-2` },
      brokerP,
    );
    // Bounded: the relay wakes on NOTIFY and the job recomputes only the deal figures.
    const after = await eventually(async () => {
      const current = await kpis(c.admin.token);
      // Each figure is refreshed on its own: wait until all three moved.
      const moved =
        current.contractsSigned === before.contractsSigned + 1 && current.contractTurnover === '1500000.55' && current.dealsOpened === before.dealsOpened + 1;
      return moved ? current : undefined;
    }, 10_000);
    const staleMs = Date.now() - signedAt;
    expect(staleMs).toBeLessThan(10_000);
    expect(after).toMatchObject({ dealsOpened: before.dealsOpened + 1, contractTurnover: '1500000.55' });
    // The figures were read from the rollup, not from the base tables.
    const [rollup] = await db.query(`SELECT COALESCE(sum(amount), 0)::text AS amount FROM kpi_daily WHERE figure = 'contractTurnover'`);
    expect(rollupBefore[0].amount).toBe('1200000.00');
    expect(rollup.amount).toBe('1500000.55');
    // The city's breakdown by field, read from the cube, was refreshed by the same job.
    const byField = `query($year: Int!) { kpis(year: $year) { breakdown(by: FIELD) { bucket figures { key value } } } }`;
    const turnoverOf = async (): Promise<string | undefined> =>
      ((await t.gql(byField, { year: YEAR }, c.admin.token)).data!.kpis.breakdown as { bucket: string; figures: { key: string; value: string }[] }[])
        .find((bucket) => bucket.bucket === 'JL.SSB')
        ?.figures.find((figure) => figure.key === 'contractTurnover')?.value;
    expect(await eventually(async () => ((await turnoverOf()) === '1500000.55' ? true : undefined), 10_000)).toBe(true);
    const [cube] = await db.query(
      `SELECT value::text AS value FROM kpi_cube WHERE year = $1 AND figure = 'contractTurnover' AND dimension = 'FIELD' AND bucket = 'JL.SSB'`,
      [YEAR],
    );
    expect(cube.value).toBe('1500000.55');
    // Refreshing again (a retried or duplicated job) leaves the same figures.
    await t.app.get(KpiRollupService).rebuild();
    expect(await kpis(c.admin.token)).toMatchObject({ contractsSigned: after.contractsSigned, contractTurnover: '1500000.55', dealsOpened: after.dealsOpened });
  });
});
