import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
}

function lookup(messages: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
}

describe('dictionaries', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('have no empty string and the same {{placeholders}} in both languages', () => {
    for (const key of keys(zh)) {
      const zhText = lookup(zh, key);
      const enText = lookup(en, key);
      expect(typeof zhText === 'string' && zhText.length > 0, key).toBe(true);
      expect(typeof enText === 'string' && enText.length > 0, key).toBe(true);
      expect(placeholders(enText as string), key).toEqual(placeholders(zhText as string));
    }
  });
});
