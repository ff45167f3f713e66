import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { IdentityModule } from '@techbridge/identity';
import { SeedRegistry } from '@techbridge/platform';

import { CatalogModule } from '../catalog.module';
import { CatalogSeeder } from './catalog.seeder';
import { CATALOG_GENERATOR, CatalogGenerator } from './catalog-generator.types';
import { generateCatalog } from './generator/catalog-generator';

/** The generated demo catalogue (organizations, results, needs); composed only by demo builds (see apps/demo). */
@Module({
  imports: [IdentityModule, CatalogModule],
  providers: [CatalogSeeder, { provide: CATALOG_GENERATOR, useValue: generateCatalog }],
  exports: [CatalogSeeder, CATALOG_GENERATOR],
})
export class CatalogSeedModule implements OnModuleInit {
  constructor(
    private readonly seeds: SeedRegistry,
    private readonly seeder: CatalogSeeder,
    @Inject(CATALOG_GENERATOR) private readonly generator: CatalogGenerator,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'catalog', order: 20, run: (options) => this.seeder.run(options, this.generator) });
  }
}
