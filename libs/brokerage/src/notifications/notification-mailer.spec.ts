import { NotificationKind } from './notification-kind.enum';
import { nextDigestAt, NOTIFICATION_HEADLINES } from './notification-mailer';

describe('nextDigestAt', () => {
  it('is the next 08:00 in Asia/Shanghai (00:00 UTC), today or tomorrow', () => {
    expect(nextDigestAt(new Date('2026-12-02T14:00:00Z'), 8).toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-02T23:59:59Z'), 8).toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-03T00:00:00Z'), 8).toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });

  it('handles hours before 08:00 Shanghai time, which fall on the previous UTC day', () => {
    expect(nextDigestAt(new Date('2026-12-02T10:00:00Z'), 2).toISOString()).toBe('2026-12-02T18:00:00.000Z');
    expect(nextDigestAt(new Date('2026-12-02T19:00:00Z'), 2).toISOString()).toBe('2026-12-03T18:00:00.000Z');
  });
});

describe('NOTIFICATION_HEADLINES', () => {
  it('has a Chinese and an English headline for every kind', () => {
    for (const kind of Object.values(NotificationKind)) {
      expect(NOTIFICATION_HEADLINES[kind].zh).toBeTruthy();
      expect(NOTIFICATION_HEADLINES[kind].en).toBeTruthy();
    }
  });
});
