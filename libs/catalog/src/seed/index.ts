// The demo-data door (@techbridge/catalog/seed): left out of the production build.
export * from './catalog-generator.types';
export * from './catalog.seeder';
export * from './catalog-seed.module';
export * from './demo-showcase';
