import { formatFinding, learnOwnership, readRepositoryTree, REPOSITORY_ROOT, scanTree } from './table-ownership';

/**
 * Each lib owns its tables: outside migrations and tests, no lib or app names a base table
 * another lib's migrations create, nor imports another lib's entity. Readers go through the
 * owner's door or a view the owner publishes (see each lib's README, "Read contract").
 */
describe('table ownership', () => {
  const tree = readRepositoryTree(REPOSITORY_ROOT);

  it('learns the owners of the tables from the migrations', () => {
    const { tables } = learnOwnership(tree);
    expect(tables.get('research_result')).toBe('catalog');
    expect(tables.get('app_user')).toBe('identity');
    expect(tables.get('deal')).toBe('brokerage');
    expect(tables.get('outbox_event')).toBe('platform');
  });

  it('finds no reach into another lib’s base tables', () => {
    const findings = scanTree(tree);
    if (findings.length > 0) console.log(`${findings.length} reaches into another lib's tables:\n${findings.map(formatFinding).join('\n')}`);
    expect(findings.map(formatFinding)).toEqual([]);
  });
});
