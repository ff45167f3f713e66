import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';

import { buildOfflineSchema, printSortedSchema } from '../../apps/api/src/schema/schema-printer';
import { startTestApp, TestApp } from '../support';

const PRINTED = join(__dirname, '..', '..', 'apps', 'api', 'schema.graphql');

/** apps/api/schema.graphql is what the console's types are generated from and what schema reviews read. */
describe('printed schema (apps/api/schema.graphql)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is the schema the server serves (run `npm run schema:print` after changing the GraphQL API)', () => {
    const served = printSortedSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(PRINTED, 'utf8')).toBe(served);
  });

  it('is what the database-free printer produces', async () => {
    const served = printSortedSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(printSortedSchema(await buildOfflineSchema())).toBe(served);
  });
});
