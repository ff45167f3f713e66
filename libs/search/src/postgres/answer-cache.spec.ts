import { AnswerCache } from './answer-cache';

describe('AnswerCache', () => {
  it('gives an answer back only under the write count it was kept with', () => {
    const cache = new AnswerCache<string>(10);
    cache.set('电', '7', 'page');
    expect(cache.get('电', '7')).toBe('page');
    expect(cache.get('电', '8')).toBeUndefined();
    // An outdated entry is let go of, not kept beside the new count.
    expect(cache.get('电', '7')).toBeUndefined();
  });

  it('lets the least recently used answer go first', () => {
    const cache = new AnswerCache<number>(2);
    cache.set('a', '1', 1);
    cache.set('b', '1', 2);
    expect(cache.get('a', '1')).toBe(1);
    cache.set('c', '1', 3);
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toBe(1);
    expect(cache.get('c', '1')).toBe(3);
    expect(cache.size).toBe(2);
  });
});
