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
 */
export function useDealUpdates(dealId: string | undefined, conversationId: string | undefined, onUpdate: (update: DealUpdate) => void): void {
  const latest = useRef(onUpdate);
  latest.current = onUpdate;

  useEffect(() => {
    if (!dealId || !conversationId) return undefined;
    const socket = io('/chat', {
      path: '/socket.io',
      transports: ['websocket'],
      auth: (send) => send({ token: getAccessToken() ?? '' }),
    });
    const join = () => socket.emit('conversation:join', { conversationId }, () => undefined);
    socket.on('connect', join);
    socket.on('deal:updated', (update: DealUpdate) => {
      if (update?.dealId === dealId) latest.current(update);
    });
    return () => {
      socket.off();
      socket.disconnect();
    };
  }, [dealId, conversationId]);
}
