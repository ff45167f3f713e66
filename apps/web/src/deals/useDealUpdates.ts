import { useEffect, useRef } from 'react';
import { io } from 'socket.io-client';
import { getAccessToken } from '../auth/session';

export interface DealUpdate {
  dealId: string;
  stage: string;
}

/**
 * Calls `onUpdate` whenever the server announces `deal:updated` for this deal. The event goes to
 * the room of the deal's conversation (chat protocol), so the socket joins that room; it joins
 * again after every reconnect, and each (re)connection presents the current access token.
 * `onReconnected` runs after a reconnection, when an update may have been missed meanwhile.
 * The browser's offline / online events drop and restore the socket at once: an open WebSocket
 * can outlive the network, and would otherwise come back only after its heartbeat times out.
 */
export function useDealUpdates(
  dealId: string | undefined,
  conversationId: string | undefined,
  onUpdate: (update: DealUpdate) => void,
  onReconnected?: () => void,
): void {
  const latest = useRef(onUpdate);
  latest.current = onUpdate;
  const reconnected = useRef(onReconnected);
  reconnected.current = onReconnected;

  useEffect(() => {
    if (!dealId || !conversationId) return undefined;
    const socket = io('/chat', {
      path: '/socket.io',
      transports: ['websocket'],
      auth: (send) => send({ token: getAccessToken() ?? '' }),
    });
    let connections = 0;
    socket.on('connect', () => {
      socket.emit('conversation:join', { conversationId }, () => undefined);
      connections += 1;
      if (connections > 1) reconnected.current?.();
    });
    socket.on('deal:updated', (update: DealUpdate) => {
      if (update?.dealId === dealId) latest.current(update);
    });
    const offline = () => socket.disconnect();
    const online = () => {
      if (!socket.connected) socket.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      socket.off();
      socket.disconnect();
    };
  }, [dealId, conversationId]);
}
