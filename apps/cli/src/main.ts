import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { KpiRollupService } from '@techbridge/insights';
import { MatchWeightModelService } from '@techbridge/matching';
import { dropSchema, exitOnConfigError, prepareRuntime, runMigrations, SeedRegistry } from '@techbridge/platform';
import { CatalogSearchSource, SearchEngine, SearchIndexer, SearchIndexName } from '@techbridge/search';

import { CliModule } from './cli.module';
import { parseCli, USAGE } from './cli-args';
import { ProgressBar } from './progress-bar';
import { formatTrainReport } from './training-report';

const REINDEX_BATCH = 1000;

async function main(argv: string[]): Promise<void> {
  // The whole command line is understood before the database starts or anything migrates.
  const parsed = parseCli(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n\n${USAGE}`);
    process.exitCode = 64;
    return;
  }
  const { command } = parsed;
  const runtime = await prepareRuntime({ migrate: command !== 'reset' }).catch(exitOnConfigError);
  // A one-off command serves no metrics: its port may belong to the worker in the same container.
  runtime.config.METRICS_PORT = undefined;
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
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime, true), { logger: ['error', 'warn', 'log'] });
        const bar = new ProgressBar();
        await app.get(SeedRegistry).runAll({
          results: parsed.command === 'seed' ? parsed.results : undefined,
          needs: parsed.command === 'seed' ? parsed.needs : undefined,
          progress: (step, done, total) => bar.update(step, done, total),
        });
        bar.finish();
        await app.close();
        break;
      }
      case 'reindex': {
        const target = parsed.command === 'reindex' ? parsed.target : 'all';
        const indexes: SearchIndexName[] = target === 'all' ? ['results', 'needs'] : [target];
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
            process.stdout.write(
              `${index}: ${outcome.upserted} documents written, ${outcome.deleted} stale removed in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
            );
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
      case 'matching-train': {
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime), { logger: ['error', 'warn'] });
        try {
          const report = await app.get(MatchWeightModelService).train({
            dryRun: parsed.command === 'matching-train' && parsed.dryRun,
            minPairs: parsed.command === 'matching-train' ? parsed.minPairs : undefined,
            seed: parsed.command === 'matching-train' ? parsed.seed : undefined,
          });
          process.stdout.write(formatTrainReport(report));
        } finally {
          await app.close();
        }
        break;
      }
      case 'matching-activate': {
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(runtime), { logger: ['error', 'warn'] });
        try {
          await app.get(MatchWeightModelService).activate(parsed.version);
          process.stdout.write(`Weight model version ${parsed.version} is the active one.\n`);
        } finally {
          await app.close();
        }
        break;
      }
    }
  } finally {
    await runtime.stop();
  }
}

void main(process.argv.slice(2)).catch((error: unknown) => {
  new Logger('CLI').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
