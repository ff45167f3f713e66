import { TaxonomyService } from './taxonomy.service';

describe('taxonomy', () => {
  const taxonomy = new TaxonomyService();

  it('has the four chain plans and their fields', () => {
    const chains = taxonomy.all().filter((node) => node.parentCode === null);
    expect(chains.map((chain) => chain.chainPlan)).toEqual(['强链', '建链', '布链', '海创']);
    expect(taxonomy.fields()).toHaveLength(33);
    expect(taxonomy.isField('JL.SSB')).toBe(true);
    expect(taxonomy.isField('JL')).toBe(false);
    expect(taxonomy.chainOf('JL.SSB')?.code).toBe('JL');
    expect(taxonomy.find('JL.SSB')?.chainPlan).toBe('建链');
  });

  it('gives every field keywords and lists names and keywords for segmentation', () => {
    for (const field of taxonomy.fields()) expect(field.keywords.length).toBeGreaterThan(0);
    const words = taxonomy.allKeywords();
    expect(words).toContain('固态电池');
    expect(new Set(words).size).toBe(words.length);
  });
});
