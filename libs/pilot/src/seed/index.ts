// The demo-data door (@techbridge/pilot/seed): left out of the production build.
export * from './demo-platforms';
export * from './pilot.seeder';
export * from './pilot-seed.module';
