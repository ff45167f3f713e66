// The demo-data door (@techbridge/identity/seed): left out of the production build.
export * from './demo-accounts';
export * from './identity.seeder';
export * from './identity-seed.module';
