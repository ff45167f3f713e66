// The demo-data door (@techbridge/events/seed): left out of the production build.
export * from './events.seeder';
export * from './events-seed.module';
