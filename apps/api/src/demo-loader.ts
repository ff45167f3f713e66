import { join } from 'node:path';

import { Type } from '@nestjs/common';

/** Where a demo build puts the demo modules; the production build has no such file. */
export const DEMO_MODULES_PATH = join(__dirname, '..', '..', 'demo', 'src', 'demo-modules');

export class DemoDataMissingError extends Error {
  constructor() {
    super('Demo data was asked for, but this build leaves it out (the production build does): build with `npm run build:demo`, or set SEED_DEMO=false.');
  }
}

/**
 * The demo seed modules, loaded by path so that the production build never compiles them: a
 * static import would pull the generators (and their vocabularies) into every build and image.
 */
export function loadDemoModules(): Type[] {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(DEMO_MODULES_PATH) as { DEMO_MODULES: Type[] }).DEMO_MODULES;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes('demo-modules'))
      throw new DemoDataMissingError();
    throw error;
  }
}
