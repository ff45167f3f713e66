import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { dropSchema, exitOnConfigError, prepareRuntime, runMigrations, SeedRegistry } from '@techbridge/platform';
import { KpiRollupService } from '@techbridge/insights';
import { CatalogSearchSource, SearchEngine, SearchIndexer, SearchIndexName } from '@techbridge/search';
import { CliModule } from './cli.module';
import { ProgressBar } from './progress-bar';

const USAGE = `Usage: techbridge <command>
  migrate                          apply pending migrations
  reset                            drop everything, migrate, seed the demo data
  seed [--results N] [--needs M]   seed demo data (N results, M needs; default: the demo scale)
  reindex [results|needs|all]      rebuild the search index from PostgreSQL (default: all); searches keep answering meanwhile
  kpis-rebuild                     recompute the KPI daily rollup (every figure, every year) from the base tables
`;

const REINDEX_BATCH = 1000;

function flag(args: string[], name: string): number | undefined {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return;
  }
  const runtime = await prepareRuntime({ migrate: command !== 'reset' }).catch(exitOnConfigError);
  try {
    switch (command) {
      case 'migrate':
        // prepareRuntime has applied them.
        process.stdout.write('Migrations are up to date.\n');
        break;
      case 'reset':
      case 'seed': {
        if (command === 'reset') {
          await dropSchema(runtime.databaseUrl);
          const applied = await runMigrations(runtime.databaseUrl);
          process.stdout.write(`Schema dropped; ${applied.length} migrations applied.\n`);
        }
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime), { logger: ['error', 'warn', 'log'] });
        const bar = new ProgressBar();
        await app.get(SeedRegistry).runAll({ results: flag(args, '--results'), needs: flag(args, '--needs'), progress: (step, done, total) => bar.update(step, done, total) });
        bar.finish();
        await app.close();
        break;
      }
      case 'reindex': {
        const target = args[0] ?? 'all';
        if (!['results', 'needs', 'all'].includes(target)) throw new Error(`reindex takes results, needs or all (not ${target})`);
        const indexes: SearchIndexName[] = target === 'all' ? ['results', 'needs'] : [target as SearchIndexName];
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime), { logger: ['error', 'warn'] });
        try {
          await app.get(SearchEngine).ensureIndexes();
          const source = app.get(CatalogSearchSource);
          const indexer = app.get(SearchIndexer);
          const bar = new ProgressBar();
          for (const index of indexes) {
            const total = await source.count(index);
            const pages = index === 'results' ? source.scanResults(REINDEX_BATCH) : source.scanNeeds(REINDEX_BATCH);
            const started = Date.now();
            const outcome = await indexer.rebuildWithOutcome(index, pages, (done) => bar.update(index, done, Math.max(total, done)));
            bar.update(index, outcome.upserted, Math.max(total, outcome.upserted));
            bar.finish();
            process.stdout.write(`${index}: ${outcome.upserted} documents written, ${outcome.deleted} stale removed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
          }
        } finally {
          await app.close();
        }
        break;
      }
      case 'kpis-rebuild': {
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime), { logger: ['error', 'warn'] });
        try {
          const ms = await app.get(KpiRollupService).rebuild();
          process.stdout.write(`KPI rollup rebuilt in ${(ms / 1000).toFixed(1)} s\n`);
        } finally {
          await app.close();
        }
        break;
      }
      default:
        process.stderr.write(`Unknown command: ${command}\n${USAGE}`);
        process.exitCode = 64;
    }
  } finally {
    await runtime.stop();
  }
}

void main(process.argv.slice(2)).catch((error: unknown) => {
  new Logger('CLI').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
