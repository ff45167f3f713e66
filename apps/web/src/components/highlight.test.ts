import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight';

describe('highlightParts', () => {
  it('splits the server highlight into marked and plain parts', () => {
    expect(highlightParts('高效<em>钙钛矿</em>电池')).toEqual([
      { text: '高效', hit: false },
      { text: '钙钛矿', hit: true },
      { text: '电池', hit: false },
    ]);
  });

  it('decodes the escaped text and never yields markup', () => {
    expect(highlightParts('&lt;script&gt;x&lt;/script&gt; &amp; <em>A&amp;B</em>')).toEqual([
      { text: '<script>x</script> & ', hit: false },
      { text: 'A&B', hit: true },
    ]);
  });

  it('is empty for no highlight', () => {
    expect(highlightParts(null)).toEqual([]);
    expect(highlightParts('')).toEqual([]);
  });
});
