import { describe, expect, it } from 'vitest';
import { refreshDelayMs, tokenExpiry } from './session';
import { safeNext } from './safe-next';

function jwt(payload: object): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'HS256' })}.${encode(payload)}.signature`;
}

describe('session tokens', () => {
  it('reads the expiry of a JWT and nothing from garbage', () => {
    expect(tokenExpiry(jwt({ sub: 'u', exp: 1_900_000_000 }))).toBe(1_900_000_000);
    expect(tokenExpiry('not-a-token')).toBeNull();
    expect(tokenExpiry(jwt({ sub: 'u' }))).toBeNull();
  });

  it('refreshes ahead of expiry: a minute early for a 15-minute token, a fifth early for a short one', () => {
    const now = 1_000_000_000_000;
    expect(refreshDelayMs(jwt({ exp: now / 1000 + 900 }), now)).toBe(840_000);
    expect(refreshDelayMs(jwt({ exp: now / 1000 + 100 }), now)).toBe(80_000);
    expect(refreshDelayMs(jwt({ exp: now / 1000 - 10 }), now)).toBe(5_000);
  });
});

describe('where to go after signing in', () => {
  it('only follows paths on this site', () => {
    expect(safeNext('/enterprise?tab=needs')).toBe('/enterprise?tab=needs');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
  });
});
