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
 */
const REFRESH_KEY = 'tb.refresh';
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

/**
 * Exchanges the stored refresh token for new tokens, once at a time however many requests ask.
 * Resolves false (and ends the session as expired) when the server refuses it.
 */
export function refreshSession(): Promise<boolean> {
  if (inFlight) return inFlight;
  const token = readRefreshToken();
  if (!token) return Promise.resolve(false);
  inFlight = (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: stringifyDocument(RefreshDocument), variables: { token } }),
      });
      const body = (await response.json()) as { data?: { refreshToken?: AuthPayloadLike } | null };
      const payload = body.data?.refreshToken;
      if (!payload) {
        endSession('expired');
        return false;
      }
      startSession(payload);
      return true;
    } catch {
      // offline or server down: keep the refresh token for the next attempt
      return false;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}
