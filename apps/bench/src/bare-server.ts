/**
 * Baseline for the chat benchmark: a bare socket.io server doing the same fan-out (join a room,
 * emit each message to the room, ack the sender) without authentication or storage. It is set up
 * as the API's socket.io is (path, transports, packet cap; no compression, no Redis adapter) and
 * sends messages of the same shape, so both put the same bytes on the wire: the API acks with the
 * stored message and broadcasts it whole, so does this.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { path: '/socket.io', transports: ['websocket', 'polling'], maxHttpBufferSize: 65536, serveClient: false });
const chat = io.of('/chat');
const lastSeq = new Map<string, number>();
chat.on('connection', (socket) => {
  const sender = { id: randomUUID(), displayName: 'Bench user' };
  socket.on('join', (room: string, ack: (response: { ok: boolean }) => void) => {
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('send', (payload: { room: string; clientMessageId: string; body: string }, ack: (response: { ok: boolean; message: object }) => void) => {
    const seq = (lastSeq.get(payload.room) ?? 0) + 1;
    lastSeq.set(payload.room, seq);
    const message = {
      id: randomUUID(),
      clientMessageId: payload.clientMessageId,
      conversationId: payload.room,
      seq,
      sender,
      kind: 'TEXT',
      body: payload.body,
      offer: null,
      createdAt: new Date().toISOString(),
    };
    chat.to(payload.room).emit('message:new', { message });
    ack({ ok: true, message });
  });
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address() as { port: number };
  process.send?.({ type: 'listening', port: address.port });
});
// An orderly exit, so that a --cpu-prof profile gets written.
process.once('SIGTERM', () => process.exit(0));
