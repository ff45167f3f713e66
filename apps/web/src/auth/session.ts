import { stringifyDocument } from '@urql/core';
import type { Role, SessionUserFieldsFragment } from '../gql/graphql';
import { RefreshDocument } from './auth.documents';

export type SessionUser = SessionUserFieldsFragment;
export interface AuthPayloadLike {
  accessToken: string;
  refreshToken: string;
  user: SessionUser;
}

export type SessionEvent = 'changed' | 'expired';

/**
 * The signed-in state. The access token lives only in memory (a script injected into the page
 * cannot read it from storage after a reload); the single-use refresh token is kept in
 * localStorage so a reload or a new tab signs in silently, and each use rotates it.
 *
 * Every tab of the site shares that one refresh token, and the server takes a token presented
 * twice as stolen (it revokes the whole session). So refreshes are serialised across tabs with a
 * Web Lock, and each one reads the token inside the lock: a tab that waited presents the token the
 * previous tab received, never the one it rotated away.
 */
const REFRESH_KEY = 'tb.refresh';
const REFRESH_LOCK = 'tb.refresh';
const CHANNEL = 'tb.session';
let accessToken: string | null = null;
let user: SessionUser | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<boolean> | null = null;
const listeners = new Set<(event: SessionEvent) => void>();

function emit(event: SessionEvent): void {
  listeners.forEach((listener) => listener(event));
}

function readRefreshToken(): string | null {
  try {
    return window.localStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(REFRESH_KEY, token);
    else window.localStorage.removeItem(REFRESH_KEY);
  } catch {
    // without storage the session simply lasts as long as the page
  }
}

/** Seconds since the epoch at which a JWT expires, or null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/')) as string;
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

/** Refresh this long before the access token runs out, so requests never meet an expired one. */
export function refreshDelayMs(token: string, now = Date.now()): number | null {
  const exp = tokenExpiry(token);
  if (exp === null) return null;
  const remaining = exp * 1000 - now;
  return Math.max(5_000, remaining - Math.min(60_000, remaining / 5));
}

function schedule(): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = undefined;
  const delay = accessToken ? refreshDelayMs(accessToken) : null;
  if (delay !== null) refreshTimer = setTimeout(() => void refreshSession(), delay);
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getUser(): SessionUser | null {
  return user;
}

export function hasRole(role: Role): boolean {
  return !!user?.roles.includes(role);
}

export function accessTokenExpired(now = Date.now()): boolean {
  if (!accessToken) return false;
  const exp = tokenExpiry(accessToken);
  return exp !== null && exp * 1000 <= now + 2_000;
}

export function startSession(payload: AuthPayloadLike): void {
  accessToken = payload.accessToken;
  user = payload.user;
  writeRefreshToken(payload.refreshToken);
  schedule();
  emit('changed');
}

/** Signs out locally; `expired` tells the app to send the person to the login page. */
export function endSession(reason: 'logout' | 'expired' = 'logout'): void {
  const hadSession = accessToken !== null || readRefreshToken() !== null;
  if (reason === 'logout' && hadSession) broadcast('logout');
  dropSession(reason, hadSession);
}

function dropSession(reason: 'logout' | 'expired', hadSession: boolean): void {
  accessToken = null;
  user = null;
  writeRefreshToken(null);
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = undefined;
  emit('changed');
  if (reason === 'expired' && hadSession) emit('expired');
}

export function subscribe(listener: (event: SessionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function hasRefreshToken(): boolean {
  return readRefreshToken() !== null;
}

type LockManagerLike = { request<T>(name: string, task: () => Promise<T>): Promise<T> };

/** Runs `task` while no other tab of the site runs one (browsers without Web Locks just run it). */
function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  return locks ? locks.request(REFRESH_LOCK, task) : task();
}

let channel: BroadcastChannel | null | undefined;
function sessionChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    // Signing out in one tab signs out the others at once, not at their next request.
    channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (event.data === 'logout' && accessToken !== null) dropSession('logout', true);
    });
  }
  return channel;
}

function broadcast(message: 'logout'): void {
  try {
    sessionChannel()?.postMessage(message);
  } catch {
    // a closed channel: the other tabs find out at their next refresh
  }
}

/** Listens for the other tabs' sign-outs (called once at boot). */
export function listenToOtherTabs(): void {
  sessionChannel();
}

type RefreshOutcome = { payload: AuthPayloadLike } | { refused: true } | { offline: true };

async function presentRefreshToken(token: string): Promise<RefreshOutcome> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: stringifyDocument(RefreshDocument), variables: { token } }),
    });
    const body = (await response.json()) as { data?: { refreshToken?: AuthPayloadLike } | null };
    const payload = body.data?.refreshToken;
    return payload ? { payload } : { refused: true };
  } catch {
    return { offline: true };
  }
}

/**
 * Exchanges the stored refresh token for new tokens, once at a time however many requests ask.
 * Resolves false (and ends the session as expired) when the server refuses it.
 */
export function refreshSession(): Promise<boolean> {
  if (inFlight) return inFlight;
  if (!readRefreshToken()) return Promise.resolve(false);
  inFlight = withRefreshLock(async () => {
    // Read inside the lock: another tab may have rotated the token while this one waited.
    let token = readRefreshToken();
    for (let attempt = 0; token && attempt < 2; attempt += 1) {
      const outcome = await presentRefreshToken(token);
      if ('payload' in outcome) {
        startSession(outcome.payload);
        return true;
      }
      // offline or server down: keep the refresh token for the next attempt
      if ('offline' in outcome) return false;
      // Refused, but another tab stored a newer token meanwhile (the person signed in again
      // there): use that one rather than wiping it and signing every tab out.
      const stored = readRefreshToken();
      if (stored === token) break;
      token = stored;
    }
    endSession('expired');
    return false;
  }).finally(() => {
    inFlight = null;
  });
  return inFlight;
}
