import { useEffect, useRef } from 'react';
import type { Socket } from 'socket.io-client';
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
    // socket.io's client is a chunk of its own: the page paints first, the socket follows.
    let socket: Socket | undefined;
    let closed = false;
    const offline = () => socket?.disconnect();
    const online = () => {
      if (socket && !socket.connected) socket.connect();
    };
    void import('socket.io-client').then(({ io }) => {
      if (closed) return;
      const opened = io('/chat', {
        path: '/socket.io',
        transports: ['websocket'],
        auth: (send) => send({ token: getAccessToken() ?? '' }),
      });
      socket = opened;
      let connections = 0;
      opened.on('connect', () => {
        opened.emit('conversation:join', { conversationId }, () => undefined);
        connections += 1;
        if (connections > 1) reconnected.current?.();
      });
      opened.on('deal:updated', (update: DealUpdate) => {
        if (update?.dealId === dealId) latest.current(update);
      });
    });
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      closed = true;
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      socket?.off();
      socket?.disconnect();
    };
  }, [dealId, conversationId]);
}
