import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildSchema, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';

import { startTestApp, TestApp } from '../support';
import { CONTRACT_ALLOWLIST } from './contract-allowlist';

/** The contract lives in a `shared/contract` folder beside the checkout (or above it); CI lays it there too. */
function findContract(): string | undefined {
  if (process.env.CONTRACT_SCHEMA) return process.env.CONTRACT_SCHEMA;
  for (let dir = join(__dirname, '..', '..'); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'contract', 'schema.graphql');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
const CONTRACT = findContract();

/** The type or field a breaking change is about: "Query.results was removed." → "Query.results". */
function subjectOf(description: string): string {
  const standard = /^Standard scalar (\w+)/.exec(description);
  return standard ? standard[1] : description.split(/\s/)[0].replace(/\.$/, '');
}

describe('public GraphQL contract', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps every type, field, argument and enum value of the contract', () => {
    if (!CONTRACT) throw new Error('shared/contract/schema.graphql not found beside the project');
    const contract = buildSchema(readFileSync(CONTRACT, 'utf8'));
    const ours = t.app.get(GraphQLSchemaHost).schema;
    const changes = findBreakingChanges(contract, ours).map((change) => `${change.type}: ${change.description}`);
    const unexpected = changes.filter(
      (change) => !CONTRACT_ALLOWLIST.some((entry) => subjectOf(change.split(': ')[1]) === entry || subjectOf(change.split(': ')[1]).startsWith(`${entry}.`)),
    );
    const stale = CONTRACT_ALLOWLIST.filter(
      (entry) =>
        !changes.some((change) => {
          const subject = subjectOf(change.split(': ')[1]);
          return subject === entry || subject.startsWith(`${entry}.`);
        }),
    );
    process.stdout.write(`Contract: ${changes.length} breaking change(s) left, covered by ${CONTRACT_ALLOWLIST.length} allowlisted item(s) still to build\n`);
    expect(unexpected).toEqual([]);
    // An allowlisted item that is now implemented must leave the list.
    expect(stale).toEqual([]);
  });

  it('serves the schema it documents', () => {
    const printed = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    expect(printed).toContain('type Query');
    expect(printed).toContain('scalar DateTime');
  });
});
