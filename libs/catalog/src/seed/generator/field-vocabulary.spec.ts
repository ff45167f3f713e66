import taxonomy from '../../../data/industry-fields.json';
import { RESULT_TITLE_TEMPLATES } from './result-text';
import { FIELD_VOCABULARIES, TAXONOMY_FIELDS } from './taxonomy';

describe('field vocabularies', () => {
  const codes = taxonomy.chains.flatMap((chain) => chain.fields.map((field) => field.code));

  it('cover exactly the taxonomy fields', () => {
    expect(Object.keys(FIELD_VOCABULARIES).sort()).toEqual([...codes].sort());
    expect(TAXONOMY_FIELDS.map((field) => field.code)).toEqual(codes);
  });

  it.each(codes)('%s is rich enough to read as varied', (code) => {
    const v = FIELD_VOCABULARIES[code];
    expect(v.subjects.length).toBeGreaterThanOrEqual(8);
    expect(v.qualifiers.length).toBeGreaterThanOrEqual(6);
    expect(v.processes.length).toBeGreaterThanOrEqual(6);
    expect(v.methods.length).toBeGreaterThanOrEqual(6);
    expect(v.applications.length).toBeGreaterThanOrEqual(6);
    expect(v.metrics.length).toBeGreaterThanOrEqual(5);
    expect(v.problems.length).toBeGreaterThanOrEqual(4);
    expect(v.terms.length).toBeGreaterThanOrEqual(6);
    for (const list of [v.subjects, v.qualifiers, v.processes, v.methods, v.applications, v.problems, v.firmWords]) {
      expect(new Set(list).size).toBe(list.length);
      for (const word of list) expect(word.trim()).toBe(word);
    }
    for (const metric of v.metrics) {
      expect(metric.min).toBeLessThan(metric.max);
      expect(metric.name.length).toBeGreaterThan(1);
    }
    for (const [zh, en] of v.terms) {
      expect(zh.length).toBeLessThanOrEqual(40);
      expect(en).toMatch(/^[A-Za-z0-9][\x20-\x7e]{0,39}$/);
    }
    // The longest title any template can build still fits the 200-character bound.
    const longest = (list: string[]) => list.reduce((a, b) => (b.length > a.length ? b : a), '');
    const theme = {
      qualifier: longest(v.qualifiers),
      subject: longest(v.subjects),
      process: longest(v.processes),
      method: longest(v.methods),
      application: longest(v.applications),
    };
    for (const template of RESULT_TITLE_TEMPLATES) expect(template.render(theme).length).toBeLessThanOrEqual(200);
  });
});
