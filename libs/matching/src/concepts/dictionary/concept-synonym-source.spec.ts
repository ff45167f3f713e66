import { SearchSynonyms } from '@techbridge/search';

import { ConceptSet, DEFAULT_CONCEPT_FILES } from '../concept-set';
import { ConceptDictionaryService } from './concept-dictionary.service';
import { ConceptSynonymSource, synonymSetOf } from './concept-synonym-source';

describe('ConceptSynonymSource', () => {
  const files = new ConceptSet(DEFAULT_CONCEPT_FILES);

  it('gives search the same groups for the seed version as search builds from the files', () => {
    const fromFiles = new SearchSynonyms();
    const fromDictionary = new SearchSynonyms(synonymSetOf(files));
    const words = [...fromFiles.allWords()].sort();
    expect(words.length).toBeGreaterThan(100);
    expect([...fromDictionary.allWords()].sort()).toEqual(words);
    for (const word of words) expect(fromDictionary.synonymsOf(word).sort()).toEqual(fromFiles.synonymsOf(word).sort());
    expect(fromDictionary.synonymsOf('钠电')).toContain('钠离子电池');
  });

  it('answers with the version the dictionary service has in use, building the groups once per version', async () => {
    let current = files;
    const dictionary = { ensureCurrent: async () => current } as unknown as ConceptDictionaryService;
    const source = new ConceptSynonymSource(dictionary);
    const first = await source.current();
    expect(first.version).toBe(files.version);
    expect(await source.current()).toBe(first);

    const edited = DEFAULT_CONCEPT_FILES.map((file) => ({
      ...file,
      fields: Object.fromEntries(
        Object.entries(file.fields).map(([field, concepts]) => [
          field,
          concepts.map((concept) => (concept.zh === '钠离子电池' ? { ...concept, syn: [...(concept.syn ?? []), '钠基电芯'] } : concept)),
        ]),
      ),
    }));
    current = new ConceptSet(edited);
    const second = await source.current();
    expect(second.version).not.toBe(first.version);
    const synonyms = new SearchSynonyms(second);
    expect(synonyms.synonymsOf('钠基电芯')).toContain('钠离子电池');
    expect(synonyms.synonymsOf('钠离子电池')).toContain('钠基电芯');
  });
});
