import { bearerMatches, metricsExposure } from './metrics-access';

describe('metricsExposure', () => {
  it('keeps metrics off the public port in production unless a token protects them', () => {
    expect(metricsExposure({ NODE_ENV: 'production' })).toBe('off');
    expect(
      metricsExposure({
        NODE_ENV: 'production',
        METRICS_TOKEN: 'a-long-enough-token',
      }),
    ).toBe('token');
    expect(metricsExposure({ NODE_ENV: 'production', METRICS_PORT: 9464 })).toBe('own-port');
    expect(metricsExposure({ NODE_ENV: 'development' })).toBe('open');
    expect(
      metricsExposure({
        NODE_ENV: 'development',
        METRICS_TOKEN: 'a-long-enough-token',
      }),
    ).toBe('token');
  });

  it('accepts only the exact bearer token', () => {
    expect(bearerMatches('Bearer a-long-enough-token', 'a-long-enough-token')).toBe(true);
    expect(bearerMatches('bearer a-long-enough-token', 'a-long-enough-token')).toBe(true);
    expect(bearerMatches('Bearer a-long-enough-toke', 'a-long-enough-token')).toBe(false);
    expect(bearerMatches('a-long-enough-token', 'a-long-enough-token')).toBe(false);
    expect(bearerMatches(undefined, 'a-long-enough-token')).toBe(false);
  });
});
