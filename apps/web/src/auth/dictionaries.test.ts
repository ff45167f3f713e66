import { describe, expect, it } from 'vitest';
import { filesEn, filesZh } from '../files/i18n';
import { mailEn, mailZh } from '../mail/i18n';
import { notificationsPageEn, notificationsPageZh } from '../notifications/i18n';
import { accountEn, accountZh } from './account.i18n';

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: unknown): string[] => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each([
  ['account', accountZh, accountEn],
  ['files', filesZh, filesEn],
  ['mail', mailZh, mailEn],
  ['notificationsPage', notificationsPageZh, notificationsPageEn],
])('the %s dictionaries', (_name, zh, en) => {
  it('have the same keys, no empty string and the same {{placeholders}} in both languages', () => {
    const zhLeaves = new Map(leaves(zh));
    const enLeaves = new Map(leaves(en));
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
    for (const [key, zhText] of zhLeaves) {
      const enText = enLeaves.get(key);
      expect(typeof zhText === 'string' && zhText.length > 0, key).toBe(true);
      expect(typeof enText === 'string' && (enText as string).length > 0, key).toBe(true);
      expect(placeholders(enText), key).toEqual(placeholders(zhText));
    }
  });
});
