import { ConceptSet, DEFAULT_CONCEPT_FILES } from '../concept-set';
import { checkEdit, conceptSetOf, conceptsOfFiles, DictionaryConcept, filesOf, linksTo } from './concept-dictionary.rules';

describe('concept dictionary rules', () => {
  const rows = conceptsOfFiles(DEFAULT_CONCEPT_FILES);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const edit = (id: string, change: Partial<DictionaryConcept>): DictionaryConcept => ({ ...byId.get(id)!, ...change });

  it('round-trips the data files through dictionary rows to the same concept set', () => {
    expect(rows).toHaveLength(ConceptSet.default().size);
    expect(conceptSetOf(rows).version).toBe(ConceptSet.default().version);
    expect(filesOf(rows).map((file) => file.chain)).toEqual(DEFAULT_CONCEPT_FILES.map((file) => file.chain));
  });

  it('accepts a new synonym, and a concept left as it is', () => {
    expect(checkEdit(byId, edit('ssb.sodium-ion', { syn: [...byId.get('ssb.sodium-ion')!.syn, '钠基电芯'] }))).toBeNull();
    expect(checkEdit(byId, byId.get('chem.scr')!)).toBeNull();
  });

  it('spells out a broader cycle under input.broader', () => {
    const problem = checkEdit(byId, edit('ssb.storage-battery', { broader: ['ssb.layered-oxide-sib'] }));
    expect(problem).toEqual({
      reason: 'CONCEPT_BROADER_CYCLE',
      message: expect.any(String),
      fields: { 'input.broader': ['Broader links would form a cycle: ssb.storage-battery → ssb.layered-oxide-sib → ssb.sodium-ion → ssb.storage-battery'] },
    });
    expect(checkEdit(byId, edit('chem.scr', { broader: ['chem.scr'] }))?.reason).toBe('CONCEPT_BROADER_CYCLE');
  });

  it('refuses unknown links, application links from a technique, empty names, unknown fields and short forms', () => {
    expect(checkEdit(byId, edit('chem.scr', { broader: ['chem.nothing'] }))).toMatchObject({
      reason: 'CONCEPT_UNKNOWN_LINK',
      fields: { 'input.broader': ['Unknown concept: chem.nothing'] },
    });
    expect(checkEdit(byId, edit('chem.nox-exceed', { solvedBy: ['chem.scr', 'x.y'] }))).toMatchObject({
      reason: 'CONCEPT_UNKNOWN_LINK',
      fields: { 'input.solvedBy': ['Unknown concept: x.y'] },
    });
    expect(checkEdit(byId, edit('chem.scr', { solvedBy: ['chem.sncr'] }))).toMatchObject({
      reason: 'CONCEPT_INVALID',
      fields: { 'input.solvedBy': [expect.stringContaining('PROBLEM')] },
    });
    expect(checkEdit(byId, edit('chem.scr', { en: ' ' }))).toMatchObject({ reason: 'CONCEPT_INVALID', fields: { 'input.en': ['The English name is empty'] } });
    expect(checkEdit(byId, edit('chem.scr', { fieldCode: 'QL.NOPE' }))).toMatchObject({
      reason: 'CONCEPT_INVALID',
      fields: { 'input.fieldCode': [expect.any(String)] },
    });
    expect(checkEdit(byId, edit('chem.scr', { abbr: ['S'] }))).toMatchObject({
      reason: 'CONCEPT_INVALID',
      fields: { 'input.abbr': [expect.stringContaining('too short')] },
    });
  });

  it('refuses a form another concept of the same field has, compared as the extractor compares, and allows it in another field', () => {
    const clash = checkEdit(byId, { ...edit('chem.sncr', {}), syn: ['Selective-Catalytic Reduction'] });
    expect(clash).toMatchObject({ reason: 'CONCEPT_DUPLICATE_TERM', fields: { 'input.syn': [expect.stringContaining('chem.scr')] } });
    const elsewhere = checkEdit(byId, { ...edit('ssb.sodium-ion', {}), syn: [...byId.get('ssb.sodium-ion')!.syn, '选择性催化还原'] });
    expect(elsewhere).toBeNull();
  });

  it('names the concepts that link to one (a removal would break them)', () => {
    expect(linksTo(byId, 'ssb.sodium-ion')).toEqual(expect.arrayContaining(['ssb.layered-oxide-sib', 'ssb.polyanion-sib']));
    expect(linksTo(byId, 'chem.scr')).toEqual(expect.arrayContaining(['chem.nox-exceed', 'ship.marine-scr']));
  });
});
