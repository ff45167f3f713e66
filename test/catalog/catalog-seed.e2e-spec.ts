import { CatalogSeeder, GeneratedCatalog, GeneratedNeed, GeneratedResult } from '@techbridge/catalog/seed';
import { IdentitySeeder } from '@techbridge/identity/seed';
import { DataSource } from 'typeorm';

import { login, startTestApp, TestApp } from '../support';

const now = new Date('2026-03-01T00:00:00Z');
const STATUSES = ['PUBLISHED', 'PUBLISHED', 'DRAFT', 'SUBMITTED', 'EVALUATED', 'REJECTED', 'WITHDRAWN'] as const;

/** A small hand-built catalogue (the real generator is wired in separately), streamed lazily like it. */
function smallCatalog(resultCount: number): GeneratedCatalog {
  return {
    organizations: [
      { key: 'u1', name: '测试海洋大学', kind: 'UNIVERSITY', district: '崂山区', creditCode: '12370000MB00123459', keyPlatform: true },
      { key: 'e1', name: '测试装备有限公司', kind: 'ENTERPRISE', district: '黄岛区', creditCode: '91370211MA3C0000X9', keyPlatform: true },
      { key: 'e2', name: '测试材料有限公司', kind: 'ENTERPRISE', district: '城阳区', creditCode: '91370214MA3C000019', keyPlatform: false },
    ],
    *results(): Iterable<GeneratedResult> {
      for (let i = 0; i < resultCount; i += 1) {
        const status = STATUSES[i % STATUSES.length];
        const evaluated = ['EVALUATED', 'PUBLISHED', 'REJECTED'].includes(status);
        yield {
          key: `r${i}`,
          ownerKey: 'u1',
          title: `海洋观测浮标数据融合技术 ${i}`,
          summary: '多源观测数据实时融合。',
          description: '算法细节。',
          keywords: ['海洋观测', 'ocean observation'],
          resultClass: i % 10 === 0 ? 'MAJOR_INNOVATION' : 'INDUSTRIAL_INNOVATION',
          fieldCode: 'HC.OBS',
          trl: 1 + (i % 9),
          patents:
            i % 3 === 0
              ? [
                  { number: 'CN202310123456.6', title: '一种浮标', granted: true },
                  { number: 'CN202310123456.7', title: '校验位错误', granted: false },
                ]
              : [],
          transferModes: ['LICENSE'],
          askingPrice: { min: '100000.00', max: null, negotiable: false },
          needsPilot: i % 2 === 0,
          visibility: (['PUBLIC', 'TEASER', 'PRIVATE'] as const)[i % 3],
          status,
          createdAt: new Date(now.getTime() - i * 60_000),
          submittedAt: status === 'DRAFT' ? null : now,
          evaluatedAt: evaluated ? now : null,
          publishedAt: status === 'PUBLISHED' ? now : null,
          evaluation: evaluated ? { score: 80, technicalMaturity: 70, marketPotential: 75, comment: '良好', approved: status !== 'REJECTED' } : null,
          selectedYear: i % 10 === 0 && status === 'PUBLISHED' ? 2025 : null,
        };
      }
    },
    *needs(): Iterable<GeneratedNeed> {
      for (let i = 0; i < 4; i += 1) {
        yield {
          key: `n${i}`,
          enterpriseKey: 'e1',
          title: `海上风电运维机器人需求 ${i}`,
          summary: '需要水下巡检机器人。',
          description: '工况说明。',
          keywords: ['海上风电'],
          fieldCode: 'HC.WIND',
          minTrl: 4,
          budget: { min: '500000.00', max: '900000.00', negotiable: false },
          deadline: null,
          preferredModes: ['JOINT_DEVELOPMENT'],
          visibility: 'PUBLIC',
          status: i === 3 ? 'DRAFT' : 'PUBLISHED',
          createdAt: new Date(now.getTime() - i * 60_000),
          publishedAt: i === 3 ? null : now,
          collectiveTarget: i === 0 ? '1000.00' : null,
          pledges:
            i === 0
              ? [
                  { organizationKey: 'e2', amount: '1000.00', pledgedAt: now },
                  { organizationKey: 'e1', amount: '5.00', pledgedAt: now },
                ]
              : [],
        };
      }
    },
  };
}

describe('catalog seeder', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.get(IdentitySeeder).seedDemoAccounts();
  });
  afterAll(async () => {
    await t.close();
  });

  it('bulk-loads in batches with progress, outbox events for published items, and is idempotent', async () => {
    const seeder = t.app.get(CatalogSeeder);
    const progress: [string, number, number][] = [];
    const counts = await seeder.seed(smallCatalog(2100), {
      progress: (step, done, total) => progress.push([step, done, total]),
      totalResults: 2100,
      totalNeeds: 4,
    });
    // 2,100 generated + 3 showcase results for the demo researcher; 4 + 2 needs.
    expect(counts).toMatchObject({ organizations: 3, results: 2103, needs: 6, pledges: 1 });
    expect(progress.filter(([step]) => step === 'results').map(([, done]) => done)).toEqual([1000, 2000, 2103]);
    expect(progress.at(-1)).toEqual(['needs', 6, 6]);
    expect(counts?.skippedPatents).toBe(700);

    const [row] = await db.query(`SELECT count(*) FILTER (WHERE status = 'PUBLISHED')::int AS published, count(*)::int AS total FROM research_result`);
    expect(row).toEqual({ published: 600 + 2, total: 2103 });
    const [events] = await db.query(
      `SELECT count(*) FILTER (WHERE type = 'result.published')::int AS results, count(*) FILTER (WHERE type = 'need.published')::int AS needs FROM outbox_event`,
    );
    expect(events).toEqual({ results: 602, needs: 5 });
    const [funded] = await db.query(`SELECT pledged_amount, funded_at IS NOT NULL AS funded FROM tech_need WHERE collective_target = 1000`);
    expect(funded).toEqual({ pledged_amount: '1000.00', funded: true });
    expect(await seeder.seed(smallCatalog(10))).toBeNull();
    expect(Number((await db.query(`SELECT count(*) AS n FROM research_result`))[0].n)).toBe(2103);
  });

  it('gives the demo logins something to show and the demo brokers field codes', async () => {
    const seeder = t.app.get(CatalogSeeder);
    expect(await seeder.assignDemoBrokerFields()).toBe(2);
    expect(await seeder.assignDemoBrokerFields()).toBe(0);
    const [broker] = await db.query(`SELECT field_codes FROM broker_profile b JOIN app_user u ON u.id = b.user_id WHERE u.email = 'broker1@techbridge.local'`);
    expect(broker.field_codes).toContain('JL.SSB');

    const researcher = await login(t, 'researcher@techbridge.local', 'Research#2026demo');
    const own = await t.gql(
      `{ results(first: 10, filter: { status: [DRAFT, PUBLISHED], ownerId: "${researcher.organizationId}" }) { totalCount edges { node { title status description } } } }`,
      {},
      researcher.token,
    );
    expect(own.data?.results.totalCount).toBe(3);
    const enterprise = await login(t, 'enterprise@techbridge.local', 'Enterprise#2026demo');
    const needs = await t.gql(`{ needs(first: 10, filter: { enterpriseId: "${enterprise.organizationId}" }) { totalCount } }`, {}, enterprise.token);
    expect(needs.data?.needs.totalCount).toBe(2);
  });
});
