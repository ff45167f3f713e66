import taxonomy from '../../../catalog/data/industry-fields.json';
import { SearchSynonyms } from '../synonyms';
import { Segmenter } from '../segmentation/segmenter.service';
import { Concept, ConceptGraph, ConceptValidationError } from './concept-graph';
import { ConceptExtractor } from './concept-extractor';
import { SEED_CONCEPT_FILES, seedConceptGraph } from './seed-concepts';

const concept = (id: string, extra: Partial<Concept> = {}): Concept => ({
  id,
  field: 'QL.CHEM',
  kind: 'technique',
  zh: `${id}中文`,
  en: `${id} en`,
  ...extra,
});

describe('the seeded concept layer', () => {
  const graph = seedConceptGraph();

  it('is valid and covers every field of the taxonomy, each concept with a source the file lists', () => {
    const fields = taxonomy.chains.flatMap((chain) => chain.fields.map((field) => field.code));
    expect(ConceptGraph.problems(graph.concepts, new Set(fields))).toEqual([]);
    for (const field of fields) expect(graph.ofField(field).length).toBeGreaterThanOrEqual(4);
    for (const file of SEED_CONCEPT_FILES) {
      for (const entry of file.concepts) expect(Object.keys(file.sources)).toContain(entry.source);
    }
    expect(graph.size).toBeGreaterThan(200);
  });

  it('links problems to the techniques that address them, and narrower to broader', () => {
    expect(graph.addressedBy('nox-exceed')).toEqual(expect.arrayContaining(['scr', 'low-nox-combustion', 'fgr']));
    expect(graph.addressedBy('gearbox-failure')).toEqual(expect.arrayContaining(['vibration-diagnosis', 'oil-monitoring', 'gear-surface-hardening']));
    expect(graph.ancestors('layered-oxide-sib')).toEqual(['sodium-ion-battery', 'energy-storage-battery']);
    expect(graph.relation('nox-exceed', 'scr')).toBe('application');
    expect(graph.relation('scr', 'nox-exceed')).toBe('application');
    expect(graph.relation('sodium-ion-battery', 'layered-oxide-sib')).toBe('narrower');
    expect(graph.relation('layered-oxide-sib', 'energy-storage-battery')).toBe('broader');
    expect(graph.relation('scr', 'cement-kiln')).toBeNull();
  });
});

describe('ConceptGraph validation', () => {
  it('refuses unknown links, labels naming two concepts, duplicate ids, bad kinds and broader cycles', () => {
    expect(ConceptGraph.problems([concept('a', { broader: ['missing'] })])).toEqual(['concept a: broader links to unknown concept missing']);
    expect(ConceptGraph.problems([concept('a', { abbr: ['X1'] }), concept('b', { syn: ['x1'] })])).toEqual(['concept b: label "x1" already names a']);
    expect(ConceptGraph.problems([concept('a'), concept('a')])[0]).toBe('concept a: duplicate id');
    expect(ConceptGraph.problems([concept('a', { kind: 'colour' as never })])).toEqual(['concept a: unknown kind colour']);
    expect(ConceptGraph.problems([concept('a', { broader: ['b'] }), concept('b', { broader: ['a'] })])).toContain('concept a: broader links form a cycle');
    expect(ConceptGraph.problems([concept('a', { field: 'QL.NOPE' })], new Set(['QL.CHEM']))).toEqual(['concept a: unknown field QL.NOPE']);
    expect(() => new ConceptGraph([concept('a', { addressedBy: ['a'] })])).toThrow(ConceptValidationError);
  });

  it('gives the same version for the same content in any order, and another for other content', () => {
    const a = new ConceptGraph([concept('a'), concept('b')]);
    expect(new ConceptGraph([concept('b'), concept('a')]).version).toBe(a.version);
    expect(new ConceptGraph([concept('a'), concept('b', { syn: ['别名'] })]).version).not.toBe(a.version);
  });
});

describe('ConceptExtractor', () => {
  const extractor = new ConceptExtractor(seedConceptGraph());
  const ids = (text: string) => extractor.extract(text).map((mention) => mention.id);

  it('finds concepts by any name, abbreviation or synonym, in Chinese and English', () => {
    expect(ids('水泥窑氮氧化物排放超标被限产')).toEqual(['cement-kiln', 'nox-exceed', 'production-restricted']);
    expect(ids('SCR 脱硝改造')).toEqual(['scr', 'denitration']);
    expect(ids('Selective catalytic reduction retrofit')).toEqual(['scr']);
    expect(ids('储能电站钠电电芯')).toEqual(['sodium-ion-battery']);
    expect(ids('Sodium-ion battery cells')).toEqual(['sodium-ion-battery']);
  });

  it('takes the longest label at each position and keeps Latin labels to whole words', () => {
    expect(ids('蜂窝式催化剂')).toEqual(['denitration-catalyst']);
    expect(ids('层状氧化物正极钠离子电池')).toEqual(['layered-oxide-sib']);
    expect(ids('scrap metal and scraper')).toEqual([]);
    expect(ids('SCR催化剂')).toEqual(['denitration-catalyst']);
  });

  it('counts repeated mentions and remembers each label used', () => {
    const [mention] = extractor.extract('钠电与钠离子电池，钠电');
    expect(mention).toEqual({
      id: 'sodium-ion-battery',
      labels: ['钠电', '钠离子电池'],
      count: 3,
    });
  });
});

describe('concept synonyms in search', () => {
  it('expands a concept label to the concept’s other names, and keeps the older groups', () => {
    const synonyms = new SearchSynonyms();
    expect(synonyms.of('钠电')).toEqual(expect.arrayContaining(['钠离子电池', 'sodium-ion battery', 'sib']));
    expect(synonyms.of('SCR')).toEqual(expect.arrayContaining(['选择性催化还原', 'selective catalytic reduction']));
    expect(synonyms.of('ai')).toContain('人工智能');
    expect(new SearchSynonyms(null).of('钠电')).toEqual([]);
  });

  it('follows an edited layer at once', () => {
    const synonyms = new SearchSynonyms();
    synonyms.update(new ConceptGraph([concept('flux', { zh: '助熔剂', en: 'flux', abbr: ['FLX'] })]));
    expect(synonyms.of('助熔剂')).toEqual(['flux', 'flx']);
    expect(synonyms.of('钠电')).toEqual([]);
  });

  it('keeps concept labels whole in the segmenter, but lets a long label show the label it contains', () => {
    const segmenter = new Segmenter();
    expect(segmenter.queryTerms('钠电').map((term) => term.text)).toEqual(['钠电']);
    expect(segmenter.queryTerms('选择性催化还原').map((term) => term.text)).toEqual(['选择性催化还原']);
    expect(segmenter.indexTokens('层状氧化物正极钠离子电池')).toContain('钠离子电池');
  });
});
