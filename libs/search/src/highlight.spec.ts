import { escapeHtml, highlight } from './highlight';

describe('highlight', () => {
  it('wraps a Chinese term in the original text', () => {
    expect(highlight('高效钙钛矿太阳能电池', [{ text: '钙钛矿', latin: false }])).toBe('高效<em>钙钛矿</em>太阳能电池');
  });

  it('matches English words case-insensitively and keeps the original spelling', () => {
    expect(highlight('Perovskite tandem cells', [{ text: 'perovskite', latin: true }])).toBe('<em>Perovskite</em> tandem cells');
  });

  it('matches a prefix only where asked', () => {
    expect(highlight('perovskite', [{ text: 'perov', latin: true }])).toBe('perovskite');
    expect(highlight('perovskite', [{ text: 'perov', latin: true, prefix: true }])).toBe('<em>perovskite</em>');
  });

  it('matches a near spelling for typo-tolerant terms', () => {
    expect(highlight('stable perovskite film', [{ text: 'perovskte', latin: true, fuzzyThreshold: 0.5 }])).toBe('stable <em>perovskite</em> film');
  });

  it('escapes HTML before wrapping, without matching inside entities', () => {
    expect(
      highlight('<b>AI</b> & amp', [
        { text: 'amp', latin: true },
        { text: 'ai', latin: true },
      ]),
    ).toBe('&lt;b&gt;<em>AI</em>&lt;/b&gt; &amp; <em>amp</em>');
  });

  it('merges overlapping matches', () => {
    expect(
      highlight('固态电池', [
        { text: '固态', latin: false },
        { text: '固态电池', latin: false },
        { text: '电池', latin: false },
      ]),
    ).toBe('<em>固态电池</em>');
  });

  it('returns the escaped text when nothing matches', () => {
    expect(highlight('a < b', [{ text: '氢能', latin: false }])).toBe(escapeHtml('a < b'));
  });
});
