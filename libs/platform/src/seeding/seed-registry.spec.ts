import { SeedRegistry } from './seed-registry';

describe('SeedRegistry', () => {
  it('runs the seeders in order, hooks after the demo data', async () => {
    const registry = new SeedRegistry();
    const ran: string[] = [];
    registry.register({ name: 'rollup', order: 1000, hook: true, run: async () => void ran.push('rollup') });
    registry.register({ name: 'catalog', order: 20, run: async () => void ran.push('catalog') });
    registry.register({ name: 'identity', order: 10, run: async () => void ran.push('identity') });
    await registry.runAll();
    expect(ran).toEqual(['identity', 'catalog', 'rollup']);
  });

  it('refuses to report success when no demo data is composed, only hooks', async () => {
    const registry = new SeedRegistry();
    const ran: string[] = [];
    registry.register({ name: 'rollup', order: 1000, hook: true, run: async () => void ran.push('rollup') });
    await expect(registry.runAll()).rejects.toThrow(/No demo data is composed/);
    expect(ran).toEqual([]);
  });
});
