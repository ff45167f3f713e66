import { useSyncExternalStore } from 'react';
import { getUser, subscribe, type SessionUser } from './session';

let ready = false;
const readyListeners = new Set<() => void>();
let settle: () => void = () => undefined;
const settled = new Promise<void>((resolve) => (settle = resolve));

/** Called once the boot-time silent refresh has settled (signed in or not). */
export function markSessionReady(): void {
  ready = true;
  settle();
  readyListeners.forEach((listener) => listener());
}

/**
 * Resolves once the boot-time refresh has settled: a page can start its first request then,
 * before React has rendered anything that needs the session.
 */
export function whenSessionReady(): Promise<void> {
  return settled;
}

function subscribeAll(listener: () => void): () => void {
  const off = subscribe(() => listener());
  readyListeners.add(listener);
  return () => {
    off();
    readyListeners.delete(listener);
  };
}

let snapshot: { user: SessionUser | null; ready: boolean } = { user: null, ready: false };
function getSnapshot(): { user: SessionUser | null; ready: boolean } {
  const user = getUser();
  if (snapshot.user !== user || snapshot.ready !== ready) snapshot = { user, ready };
  return snapshot;
}

/** The signed-in user (null when signed out) and whether the boot-time refresh has finished. */
export function useSession(): { user: SessionUser | null; ready: boolean } {
  return useSyncExternalStore(subscribeAll, getSnapshot, getSnapshot);
}
