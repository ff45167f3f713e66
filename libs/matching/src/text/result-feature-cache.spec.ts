import { MatchableResult } from '../match-inputs';
import { MatchText } from './match-text';
import { MatchTokenizer } from './match-tokenizer';
import { ResultFeatureCache } from './result-feature-cache';

const result = (id: string, title: string, updatedAt: Date): MatchableResult & { updatedAt: Date } => ({
  id,
  title,
  summary: '面向全固态电池的硫化物电解质粉体',
  keywords: ['固态电解质'],
  fieldCode: 'JL.SSB',
  trl: 5,
  transferModes: [],
  priceMin: null,
  priceMax: null,
  negotiable: true,
  district: null,
  grantedPatents: 0,
  patents: 0,
  publishedAt: null,
  ownerId: 'o1',
  updatedAt,
});

describe('ResultFeatureCache', () => {
  const tokenizer = new MatchTokenizer();
  const frequencies = MatchText.frequenciesOf(tokenizer, [result('a', '硫化物固态电解质中试', new Date(0)), result('b', '锂电池回收', new Date(0))]);

  it('gives the same vector as an uncached preparation, and a new one after an edit', () => {
    const cache = new ResultFeatureCache(10);
    const cached = new MatchText(tokenizer, frequencies, cache);
    const plain = new MatchText(tokenizer, frequencies);
    const first = result('a', '硫化物固态电解质中试', new Date(1000));
    expect(cached.prepareResult(first).vector).toEqual(plain.prepareResult(first).vector);
    expect(cached.prepareResult(first).vector).toEqual(plain.prepareResult(first).vector);
    expect(cache.hits).toBe(1);
    const edited = result('a', '锂电池回收', new Date(2000));
    expect(cached.prepareResult(edited).vector).toEqual(plain.prepareResult(edited).vector);
    expect(cache.misses).toBe(2);
  });

  it('reweights cached tokens when the frequency table changes', () => {
    const cache = new ResultFeatureCache(10);
    const item = result('a', '硫化物固态电解质中试', new Date(1000));
    new MatchText(tokenizer, frequencies, cache).prepareResult(item);
    const other = MatchText.frequenciesOf(tokenizer, [item]);
    expect(new MatchText(tokenizer, other, cache).prepareResult(item).vector).toEqual(new MatchText(tokenizer, other).prepareResult(item).vector);
  });

  it('drops the least recently used entry beyond its capacity', () => {
    const cache = new ResultFeatureCache(2);
    cache.set('a', { parts: [] });
    cache.set('b', { parts: [] });
    cache.get('a');
    cache.set('c', { parts: [] });
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
  });
});
