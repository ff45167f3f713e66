import { DataSource } from 'typeorm';

import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { Segmenter } from './segmentation/segmenter.service';
import { SearchSynonyms, SynonymSet } from './synonyms';

describe('SearchSynonyms', () => {
  const files = new SearchSynonyms().current();
  const withAdded = (word: string): SynonymSet => ({
    version: `${files.version}+${word}`,
    groups: files.groups.map((group) => (group.includes('钠离子电池') ? [...group, word] : group)),
  });

  it('starts from the files, takes a newer version from its source, and keeps the last one while the source fails', async () => {
    const synonyms = new SearchSynonyms();
    expect(synonyms.version).toBe('files');
    expect(synonyms.synonymsOf('钠电')).toContain('钠离子电池');
    expect(synonyms.synonymsOf('ai')).toEqual(['人工智能']);
    let answer: () => Promise<SynonymSet> = async () => withAdded('钠基电芯');
    synonyms.useSource({ current: () => answer() });
    await synonyms.refresh();
    expect(synonyms.version).toBe('files+钠基电芯');
    expect(synonyms.synonymsOf('钠基电芯')).toEqual(expect.arrayContaining(['钠离子电池', '钠电']));
    answer = async () => {
      throw new Error('database gone');
    };
    await synonyms.refresh();
    expect(synonyms.version).toBe('files+钠基电芯');
    answer = async () => files;
    await synonyms.refresh();
    expect(synonyms.synonymsOf('钠基电芯')).toEqual([]);
    // Hand groups stay whatever the source says.
    expect(synonyms.synonymsOf('ai')).toEqual(['人工智能']);
  });

  it('leaves out one-character forms and English names of several words', () => {
    const synonyms = new SearchSynonyms({ version: 'x', groups: [['钠离子电池', '钠', 'sodium ion battery', 'sib']] });
    expect(synonyms.synonymsOf('钠离子电池')).toEqual(['sib']);
  });

  it('lets the PostgreSQL adapter read a new name the dictionary splits as one term that expands to its concept', () => {
    const segmenter = new Segmenter();
    const added = '钠基电芯';
    const pieces = segmenter.queryTerms(added).map((term) => term.text);
    expect(pieces.length).toBeGreaterThan(1);
    const synonyms = new SearchSynonyms(withAdded(added));
    const engine = new PostgresSearchEngine({} as DataSource, segmenter, synonyms);
    const compiled = engine.compile('results', { query: `${added} 正极` });
    expect(compiled.terms.slice(0, 2).map((term) => term.text)).toEqual([added, '正极']);
    const tsquery = compiled.params.find((param) => typeof param === 'string' && param.includes('钠离子电池')) as string;
    expect(tsquery).toContain(`(${pieces.map((piece) => `'${piece}'`).join(' & ')})`);
    // Without the name in the set the pieces stay separate terms, each required.
    const plain = new PostgresSearchEngine({} as DataSource, segmenter, new SearchSynonyms()).compile('results', { query: added });
    expect(plain.terms.map((term) => term.text)).toEqual(pieces);
  });
});
