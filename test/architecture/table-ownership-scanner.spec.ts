import { isTest, learnOwnership, looksLikeSql, relationOfFragment, relationsInSql, scanTree, SourceTree } from './table-ownership';

/** A small repository: identity and catalog own tables and a view; others read them, well and badly. */
function tree(files: Record<string, string>): SourceTree {
  return new Map(
    Object.entries({
      'libs/identity/src/migrations/1-identity.ts': `export class I { async up(q) { await q.query(\`CREATE TABLE organization (id uuid)\`); await q.query(\`CREATE TABLE app_user (id uuid)\`); }
        async down(q) { await q.query(\`CREATE TABLE ghost_in_down (id uuid)\`); } }`,
      'libs/identity/src/migrations/2-views.ts': `export class V { async up(q) { await q.query(\`CREATE VIEW identity_organization_v AS SELECT id FROM organization\`); } }`,
      'libs/identity/src/organizations/organization.entity.ts': `@Entity('organization') export class OrganizationEntity {}`,
      'libs/catalog/src/migrations/1-catalog.ts': `export class C { async up(q) { await q.query(\`CREATE TABLE IF NOT EXISTS research_result (owner_id uuid REFERENCES organization (id))\`); } }`,
      'libs/catalog/src/results/research-result.entity.ts': `@Entity({ name: 'research_result' }) export class ResearchResultEntity {}`,
      ...files,
    }),
  );
}

const findings = (files: Record<string, string>) => scanTree(tree(files)).map((f) => `${f.file}:${f.line} ${f.table}@${f.owner} ${f.kind}`);

describe('table ownership scanner', () => {
  it('learns base tables and views from the up side of each lib’s migrations', () => {
    const ownership = learnOwnership(tree({}));
    expect([...ownership.tables].sort()).toEqual([
      ['app_user', 'identity'],
      ['organization', 'identity'],
      ['research_result', 'catalog'],
    ]);
    expect(ownership.views.get('identity_organization_v')).toBe('identity');
    expect(ownership.entities.get('ResearchResultEntity')).toEqual({ owner: 'catalog', table: 'research_result' });
  });

  it('finds another lib’s table in SQL text, template literals and FROM-fragments', () => {
    expect(
      findings({
        'libs/catalog/src/a.ts': [
          'const a = `SELECT r.id FROM research_result r JOIN organization o ON o.id = r.owner_id`;',
          "const b = 'SELECT 1 FROM app_user WHERE id = $1';",
          'const c = `UPDATE "organization" SET name = ${x}`;',
          "const d = { from: 'organization o' };",
          "const e = 'organization o LEFT JOIN app_user u ON u.organization_id = o.id';",
          "for (const t of ['app_user']) use(t);",
        ].join('\n'),
      }),
    ).toEqual([
      'libs/catalog/src/a.ts:1 organization@identity sql',
      'libs/catalog/src/a.ts:2 app_user@identity sql',
      'libs/catalog/src/a.ts:3 organization@identity sql',
      'libs/catalog/src/a.ts:4 organization@identity sql',
      'libs/catalog/src/a.ts:5 app_user@identity sql',
      'libs/catalog/src/a.ts:5 organization@identity sql',
      'libs/catalog/src/a.ts:6 app_user@identity sql',
    ]);
  });

  it('finds query-builder table names, entity imports and entities declared over another lib’s table', () => {
    expect(
      findings({
        'libs/pilot/src/b.ts': [
          "import { OrganizationEntity, OrganizationKind } from '@techbridge/identity';",
          "qb.innerJoin('research_result', 'r', 'r.id = b.result_id');",
          "import { ResearchResultEntity } from '../../catalog/src/results/research-result.entity';",
          "@Entity('app_user') class Shadow {}",
        ].join('\n'),
      }),
    ).toEqual([
      'libs/pilot/src/b.ts:1 organization@identity entity-import',
      'libs/pilot/src/b.ts:2 research_result@catalog query-builder',
      'libs/pilot/src/b.ts:3 research_result@catalog entity-import',
      'libs/pilot/src/b.ts:4 app_user@identity entity-declaration',
    ]);
  });

  it('lets owners, views, prose, comments, migrations and tests be', () => {
    expect(
      findings({
        'libs/identity/src/own.ts': "const own = 'SELECT id FROM organization';",
        'libs/catalog/src/views.ts': "const v = 'SELECT o.name FROM identity_organization_v o';",
        'libs/catalog/src/prose.ts': [
          "throw new Error('moved from organization settings');",
          "const label = 'update the organization';",
          '// SELECT * FROM organization',
          '/* JOIN app_user u */',
          "const kind = 'organization';",
        ].join('\n'),
        'libs/catalog/src/migrations/2-fk.ts':
          "export class F { async up(q) { await q.query('ALTER TABLE research_result ADD FOREIGN KEY (x) REFERENCES app_user (id)'); } }",
        'libs/catalog/src/thing.spec.ts': "const t = 'SELECT 1 FROM app_user';",
        'libs/catalog/src/testing/fixture.ts': "const t = 'SELECT 1 FROM app_user';",
        'apps/bench/src/x.bench.ts': "const t = 'SELECT count(*) FROM research_result';",
      }),
    ).toEqual([]);
  });

  it('counts apps as readers that own no table', () => {
    expect(findings({ 'apps/api/src/x.ts': "const q = 'DELETE FROM research_result WHERE id = $1';" })).toEqual([
      'apps/api/src/x.ts:1 research_result@catalog sql',
    ]);
  });

  it('reads SQL only where it looks like SQL', () => {
    expect(looksLikeSql('SELECT 1')).toBe(true);
    expect(looksLikeSql('select id from app_user')).toBe(true);
    expect(looksLikeSql('moved from deal room')).toBe(false);
    expect(relationsInSql('SELECT 1 FROM a x, b y JOIN c ON true WHERE EXISTS (SELECT 1 FROM public.d)')).toEqual(['a', 'b', 'c', 'd']);
    expect(relationOfFragment('tech_need', undefined)).toBe('tech_need');
    expect(relationOfFragment('deal d', 'from')).toBe('deal');
    expect(relationOfFragment('deal d', 'label')).toBeUndefined();
    expect(isTest('apps/bench/src/eval/matching-eval.ts')).toBe(true);
    expect(isTest('apps/cli/src/commands/seed.ts')).toBe(false);
  });
});
