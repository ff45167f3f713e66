import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Two tabs of the site: two copies of the session module sharing one localStorage, one Web Locks
 * manager and one server that rotates refresh tokens and, like the API, revokes the whole session
 * when a token is presented twice.
 */
type Session = typeof import('./session');
type SessionUser = import('./session').SessionUser;

class RotatingServer {
  private next = 1;
  readonly live = new Set<string>();
  readonly used = new Set<string>();
  revoked = false;

  issue(): string {
    const token = `rt-${this.next++}`;
    this.live.add(token);
    return token;
  }

  async refresh(token: string): Promise<string | null> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.used.has(token)) {
      this.revoked = true;
      this.live.clear();
      return null;
    }
    if (!this.live.has(token)) return null;
    this.live.delete(token);
    this.used.add(token);
    return this.issue();
  }
}

function jwt(exp: number): string {
  const encode = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '');
  return `${encode({ alg: 'HS256' })}.${encode({ sub: 'u', exp })}.signature`;
}

const user = { id: 'u', email: 'e@x', displayName: 'E', roles: ['ENTERPRISE'], organization: null } as unknown as SessionUser;

function fakeLocks() {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, task: () => Promise<T>): Promise<T> {
      const run = tail.then(task, task);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

async function openTab(): Promise<Session> {
  vi.resetModules();
  return import('./session');
}

describe('refresh-token rotation across tabs', () => {
  let server: RotatingServer;
  let storage: Map<string, string>;

  beforeEach(() => {
    server = new RotatingServer();
    storage = new Map();
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
        removeItem: (key: string) => void storage.delete(key),
      },
    });
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      const { variables } = JSON.parse(init.body) as { variables: { token: string } };
      const rotated = await server.refresh(variables.token);
      const body = rotated
        ? { data: { refreshToken: { accessToken: jwt(Date.now() / 1000 + 900), refreshToken: rotated, user } } }
        : { data: null, errors: [{ message: 'Refresh token was already used', extensions: { code: 'UNAUTHENTICATED' } }] };
      return { json: async () => body };
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  async function twoSignedInTabs(): Promise<[Session, Session]> {
    const first = await openTab();
    first.startSession({ accessToken: jwt(Date.now() / 1000 + 900), refreshToken: server.issue(), user });
    const second = await openTab();
    // The second tab signs in silently from the stored token, as a newly opened tab does.
    await expect(second.refreshSession()).resolves.toBe(true);
    return [first, second];
  }

  it('two tabs refreshing at the same moment both stay signed in', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const [first, second] = await twoSignedInTabs();
    const expired = vi.fn();
    first.subscribe((event) => event === 'expired' && expired());
    second.subscribe((event) => event === 'expired' && expired());

    await expect(Promise.all([first.refreshSession(), second.refreshSession(), first.refreshSession()])).resolves.toEqual([true, true, true]);

    expect(server.revoked).toBe(false);
    expect(expired).not.toHaveBeenCalled();
    expect(first.getAccessToken()).not.toBeNull();
    expect(second.getAccessToken()).not.toBeNull();
    // The token left in storage is the live one: a reload still signs in.
    expect(server.live.has(storage.get('tb.refresh')!)).toBe(true);
  });

  it('without the lock the same moment presents one token twice and the server ends the session', async () => {
    // The hazard the lock exists for (browsers without Web Locks keep this behaviour).
    vi.stubGlobal('navigator', {});
    const [first, second] = await twoSignedInTabs();
    const outcomes = await Promise.all([first.refreshSession(), second.refreshSession()]);
    expect(outcomes).toContain(false);
    expect(server.revoked).toBe(true);
  });

  it('a stale tab refused does not wipe the token of a newer sign-in made in another tab', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const stale = await openTab();
    stale.startSession({ accessToken: jwt(Date.now() / 1000 + 900), refreshToken: 'rt-revoked-elsewhere', user });
    const refresh = stale.refreshSession();
    // While the stale token is on its way, the person signs in again in another tab.
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(server.used.size + server.live.size).toBe(0);
    storage.set('tb.refresh', server.issue());
    await expect(refresh).resolves.toBe(true);
    expect(stale.getAccessToken()).not.toBeNull();
    expect(server.live.has(storage.get('tb.refresh')!)).toBe(true);
  });

  it('a refused token with nothing newer ends the session as expired', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const tab = await openTab();
    tab.startSession({ accessToken: jwt(Date.now() / 1000 + 900), refreshToken: 'rt-unknown', user });
    const events: string[] = [];
    tab.subscribe((event) => events.push(event));
    await expect(tab.refreshSession()).resolves.toBe(false);
    expect(events).toContain('expired');
    expect(storage.has('tb.refresh')).toBe(false);
  });
});
