import { GROUPED_DIMENSIONS } from './kpi-buckets';
import { cubeSql, DEFAULT_KPI_TARGETS, FUNNEL_STAGES, KPI_DEFINITIONS, KPI_KEYS, stageCubeSql } from './kpi-definitions';

describe('KPI definitions', () => {
  it('have unique stable keys, both labels, and a place in the 3×4', () => {
    expect(KPI_KEYS.size).toBe(KPI_DEFINITIONS.length);
    for (const definition of KPI_DEFINITIONS) {
      expect(definition.key).toMatch(/^[a-z][a-zA-Z]{1,59}$/);
      expect(definition.labelZh).toMatch(/[\u4e00-\u9fff]/);
      expect(definition.labelEn).toMatch(/^[A-Z]/);
      expect(['MARKET', 'BROKERS', 'PILOT', 'EVENTS']).toContain(definition.measure);
    }
    // Every measure of the "4" has at least one figure.
    expect(new Set(KPI_DEFINITIONS.map((definition) => definition.measure)).size).toBe(4);
  });

  it('cover every figure of the contract KpiReport', () => {
    for (const key of [
      'resultsCollected',
      'resultsEvaluated',
      'resultsPublished',
      'majorResultsSelected',
      'needsCollected',
      'needsLinked',
      'matchesMade',
      'dealsOpened',
      'contractsSigned',
      'contractTurnover',
      'eventsHeld',
      'activeBrokers',
    ]) {
      expect(KPI_KEYS.has(key)).toBe(true);
    }
  });

  it('filter by the year bounds and give every column of the facts shape', () => {
    for (const definition of [...KPI_DEFINITIONS, ...FUNNEL_STAGES]) {
      expect(definition.facts).toContain('$1');
      expect(definition.facts).not.toContain('$3');
      for (const column of ['AS at', 'AS org_a', 'AS org_b', 'AS broker_id', 'AS field_code', 'AS result_class', 'AS item', 'AS amount'])
        expect(definition.facts).toContain(column);
    }
  });

  it('give targets only for defined figures, the seed plan by default', () => {
    expect(DEFAULT_KPI_TARGETS).toEqual({ majorResultsSelected: 10, industrialProjects: 100, needsLinked: 1000, eventsHeld: 100 });
    for (const key of Object.keys(DEFAULT_KPI_TARGETS)) expect(KPI_KEYS.has(key)).toBe(true);
  });

  it('derive the funnel stages from the figures, counting results', () => {
    expect(FUNNEL_STAGES.map((stage) => stage.key)).toEqual(['collected', 'published', 'matched', 'deal', 'contract']);
    for (const stage of FUNNEL_STAGES) expect(stage.aggregate).toBe('distinct');
    expect(FUNNEL_STAGES[2].facts).toContain('m.result_id AS item');
    expect(FUNNEL_STAGES[3].facts).toContain('d.result_id AS item');
    expect(FUNNEL_STAGES[4].facts).toContain('d.result_id AS item');
  });
});

describe('the cube of the breakdowns', () => {
  it("evaluates every figure's facts per cube year: no year bound of the facts is left as a query parameter", () => {
    for (const definition of [...KPI_DEFINITIONS, ...FUNNEL_STAGES]) {
      const sql = definition.stageOf ? stageCubeSql(definition) : cubeSql(definition);
      const parameters = sql.match(/\$\d+(::\w+)?/g) ?? [];
      expect({ key: definition.key, parameters: [...new Set(parameters)].sort() }).toEqual({
        key: definition.key,
        parameters: ['$1::int', '$2::int', '$3::text'],
      });
      expect(sql).toContain('y.from_at');
    }
  });

  it('groups every breakdown dimension in one pass', () => {
    const sql = cubeSql(KPI_DEFINITIONS[0]);
    for (const dimension of GROUPED_DIMENSIONS) expect(sql).toContain(`THEN '${dimension}'`);
    expect(sql).toContain('GROUPING SETS');
  });
});
