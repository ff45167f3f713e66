import { Injectable, Logger } from '@nestjs/common';

export interface SeedOptions {
  /** Scale of the generated catalogue; undefined means the demo's default. */
  results?: number;
  needs?: number;
  /** Deterministic generator seed. */
  seed?: number;
  /** Progress output (the CLI draws a bar; the API logs). */
  progress?: (step: string, done: number, total: number) => void;
}

export interface Seeder {
  name: string;
  /** Lower runs first: identity before catalog before deals. */
  order: number;
  run(options: SeedOptions): Promise<string | void>;
  /** A step that follows the demo data (a rebuild); alone it seeds nothing. */
  hook?: boolean;
}

/** Libs register their demo-data seeders at module init; `seed` runs them in order. */
@Injectable()
export class SeedRegistry {
  private readonly logger = new Logger('Seed');
  private readonly seeders: Seeder[] = [];

  register(seeder: Seeder): void {
    this.seeders.push(seeder);
  }

  async runAll(options: SeedOptions = {}): Promise<void> {
    // A process that composed no demo module would otherwise "seed" nothing and say it is done.
    if (!this.seeders.some((seeder) => !seeder.hook))
      throw new Error('No demo data is composed in this process (the seed modules of apps/demo): nothing to seed');
    for (const seeder of [...this.seeders].sort((a, b) => a.order - b.order)) {
      const started = Date.now();
      const summary = await seeder.run(options);
      this.logger.log(`${seeder.name}: ${summary ?? 'done'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
}
