import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildOfflineSchema, printSortedSchema } from './schema-printer';

/** `npm run schema:print`: writes apps/api/schema.graphql, the file client types and schema reviews read. */
async function main(): Promise<void> {
  const target = process.argv[2] ?? join(process.cwd(), 'apps', 'api', 'schema.graphql');
  const text = printSortedSchema(await buildOfflineSchema());
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${target} (${text.split('\n').length} lines)\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
