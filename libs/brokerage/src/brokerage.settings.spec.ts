import { ConfigError, loadConfig } from '@techbridge/platform';

import { BrokerageSettings } from './brokerage.settings';

describe('brokerage settings', () => {
  it('defaults to the documented rates and no holidays', () => {
    const settings = new BrokerageSettings(loadConfig({}));
    expect(settings.commissionRates).toEqual({ DEVELOPMENT: 300, TRANSFER: 500, LICENSE: 500, CONSULTING: 800, SERVICE: 800 });
    expect(settings.calendar.holidays.size).toBe(0);
  });

  it('reads COMMISSION_RATES and PUBLIC_HOLIDAYS', () => {
    const settings = new BrokerageSettings(loadConfig({ COMMISSION_RATES: 'TRANSFER:6.5', PUBLIC_HOLIDAYS: '2025-10-01, 2025-10-02' }));
    expect(settings.commissionRates.TRANSFER).toBe(650);
    expect(settings.commissionRates.SERVICE).toBe(800);
    expect([...settings.calendar.holidays]).toEqual(['2025-10-01', '2025-10-02']);
  });

  it('stops the start on malformed values, naming the variable', () => {
    for (const env of [{ COMMISSION_RATES: 'TRANSFER=5' }, { PUBLIC_HOLIDAYS: 'national day' }]) {
      try {
        loadConfig(env);
        throw new Error('expected a ConfigError');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems.map((line) => line.split(':')[0])).toEqual(Object.keys(env));
      }
    }
    expect(() => new BrokerageSettings(loadConfig({ COMMISSION_RATES: 'EQUITY:5' }))).toThrow(/unknown contract type/);
    // Impossible dates stop the start already at the config check.
    expect(() => loadConfig({ PUBLIC_HOLIDAYS: '2025-13-01' })).toThrow(/PUBLIC_HOLIDAYS/);
    expect(() => loadConfig({ PUBLIC_WORKDAYS: '2026-02-30' })).toThrow(/PUBLIC_WORKDAYS/);
    expect([...new BrokerageSettings(loadConfig({ PUBLIC_WORKDAYS: '2026-09-27' })).calendar.workdays!]).toEqual(['2026-09-27']);
  });
});
