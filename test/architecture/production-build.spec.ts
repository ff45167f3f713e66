import { join, relative } from 'node:path';

import * as ts from 'typescript';

import { DEMO_MODULES_PATH } from '../../apps/api/src/demo-loader';

const ROOT = join(__dirname, '..', '..');

/** The source files a tsconfig compiles: its roots and everything they import. */
function compiledFiles(configFile: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, configFile), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error(`${configFile} could not be read`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  return program
    .getSourceFiles()
    .map((file) => relative(ROOT, file.fileName))
    .filter((file) => !file.startsWith('..') && !file.includes('node_modules'));
}

const DEMO_OR_BENCH = /^(apps\/(demo|bench)\/|libs\/[^/]+\/src\/seed\/)/;

describe('the production build', () => {
  // Parsing and resolving the whole program takes a few seconds on a loaded machine.
  jest.setTimeout(120_000);

  it('compiles no demo data and no benchmark, not even through an import', () => {
    const production = compiledFiles('tsconfig.build.json');
    expect(production.length).toBeGreaterThan(200);
    expect(production.filter((file) => DEMO_OR_BENCH.test(file))).toEqual([]);
  });

  it('leaves nothing out of the demo build that npm start and the benchmarks run', () => {
    const demo = compiledFiles('tsconfig.demo.json');
    for (const lib of ['identity', 'catalog', 'chat', 'events', 'pilot']) expect(demo).toContain(`libs/${lib}/src/seed/index.ts`);
    expect(demo).toContain('apps/demo/src/demo-modules.ts');
    // The API's loader looks for the demo modules where the demo build writes them.
    expect(relative(ROOT, DEMO_MODULES_PATH)).toBe('apps/demo/src/demo-modules');
  });
});
