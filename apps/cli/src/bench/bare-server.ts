/**
 * Baseline for the chat benchmark: a bare socket.io server doing the same fan-out (join a room,
 * emit each message to the room, ack the sender) without authentication or storage.
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { path: '/socket.io', transports: ['websocket'], maxHttpBufferSize: 65536, serveClient: false });
const chat = io.of('/chat');
chat.on('connection', (socket) => {
  socket.on('join', (room: string, ack: (response: { ok: boolean }) => void) => {
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('send', (payload: { room: string; body: string }, ack: (response: { ok: boolean }) => void) => {
    chat.to(payload.room).emit('message:new', { message: { body: payload.body } });
    ack({ ok: true });
  });
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address() as { port: number };
  process.send?.({ type: 'listening', port: address.port });
});
