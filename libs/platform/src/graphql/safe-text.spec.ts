import { findUnsafeText, unsafeTextReason } from './safe-text';

describe('safe text', () => {
  it.each(['plain', '多行\n文本\r\n', 'tab\there', '电池🔋', ''])('accepts %p', (text) => {
    expect(unsafeTextReason(text)).toBeNull();
  });

  it.each(['a\u0000b', '\u0001', 'x\u001f', 'del\u007f', '\u000b', 'x\ud800y', 'x\udc00', '\ud83d'])('refuses %p', (text) => {
    expect(unsafeTextReason(text)).not.toBeNull();
  });

  it('names every offending path, object keys included, and ignores other values', () => {
    expect(
      findUnsafeText(
        {
          title: 'ok',
          keywords: ['a', 'b\u0000'],
          budget: { min: 1, note: '\ud800' },
          flag: true,
        },
        'input',
      ),
    ).toEqual({
      'input.keywords.1': ['Must not contain control characters'],
      'input.budget.note': ['Must be well-formed Unicode (no lone surrogate halves)'],
    });
    expect(findUnsafeText({ ['k\u0000']: 'v' })).toEqual({
      value: ['Must not contain control characters'],
    });
    expect(findUnsafeText('a\u0000', 'token')).toEqual({
      token: ['Must not contain control characters'],
    });
    expect(findUnsafeText({ a: ['fine', { b: 'fine' }] })).toBeNull();
  });
});
