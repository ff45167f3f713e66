import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('cuts a body into text and links, leaving trailing punctuation as text', () => {
    expect(linkify('打开 http://127.0.0.1:3000/reset-password?token=a.b。\n谢谢')).toEqual([
      { kind: 'text', text: '打开 ' },
      { kind: 'link', href: 'http://127.0.0.1:3000/reset-password?token=a.b' },
      { kind: 'text', text: '。\n谢谢' },
    ]);
  });
  it('keeps a body without links whole, and finds several links', () => {
    expect(linkify('no link here')).toEqual([{ kind: 'text', text: 'no link here' }]);
    expect(linkify('https://a.test/x, https://b.test/y').filter((piece) => piece.kind === 'link')).toEqual([
      { kind: 'link', href: 'https://a.test/x' },
      { kind: 'link', href: 'https://b.test/y' },
    ]);
  });
  it('never makes a link of another scheme', () => {
    expect(linkify('javascript:alert(1) ftp://x')).toEqual([{ kind: 'text', text: 'javascript:alert(1) ftp://x' }]);
  });
});
