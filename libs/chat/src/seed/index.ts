// The demo-data door (@techbridge/chat/seed): left out of the production build.
export * from './deal-room.seeder';
export * from './chat-seed.module';
