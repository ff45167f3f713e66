import { BrokerLevel } from '@techbridge/identity';

import { BrokerCandidate, compareBrokers, coveringCodes, isEligible, rankBrokers } from './broker-assignment';

const broker = (userId: string, over: Partial<BrokerCandidate> = {}): BrokerCandidate => ({
  userId,
  level: BrokerLevel.JUNIOR,
  fieldCodes: ['JL.SSB'],
  capacity: 5,
  activeDeals: 0,
  lastAssignedAt: null,
  ...over,
});

describe('broker assignment ranking', () => {
  it('covers a field by its own code or its chain code', () => {
    expect(coveringCodes('JL.SSB')).toEqual(['JL.SSB', 'JL']);
    expect(coveringCodes('JL')).toEqual(['JL']);
    expect(isEligible(broker('a', { fieldCodes: ['JL'] }), 'JL.SSB')).toBe(true);
    expect(isEligible(broker('a', { fieldCodes: ['JL.SSB'] }), 'JL.SSB')).toBe(true);
    expect(isEligible(broker('a', { fieldCodes: ['JL.OTHER'] }), 'JL.SSB')).toBe(false);
    // A field does not cover its chain: a JL.SSB broker is no expert of the whole JL chain.
    expect(isEligible(broker('a', { fieldCodes: ['JL.SSB'] }), 'JL')).toBe(false);
    expect(isEligible(broker('a', { fieldCodes: ['QL'] }), 'JL.SSB')).toBe(false);
  });

  it('needs spare capacity', () => {
    expect(isEligible(broker('a', { capacity: 2, activeDeals: 1 }), 'JL.SSB')).toBe(true);
    expect(isEligible(broker('a', { capacity: 2, activeDeals: 2 }), 'JL.SSB')).toBe(false);
  });

  it('prefers fewer active deals over level and idleness', () => {
    const busySenior = broker('a', { level: BrokerLevel.SENIOR, activeDeals: 2 });
    const freeJunior = broker('b', { activeDeals: 1, lastAssignedAt: new Date() });
    expect(rankBrokers([busySenior, freeJunior], 'JL.SSB').map((b) => b.userId)).toEqual(['b', 'a']);
  });

  it('breaks a tie on load by level, SENIOR > INTERMEDIATE > JUNIOR', () => {
    const ranked = rankBrokers([broker('j'), broker('s', { level: BrokerLevel.SENIOR }), broker('i', { level: BrokerLevel.INTERMEDIATE })], 'JL.SSB');
    expect(ranked.map((b) => b.userId)).toEqual(['s', 'i', 'j']);
  });

  it('then by longest idle, never-assigned first, then by id', () => {
    const ranked = rankBrokers(
      [
        broker('recent', { lastAssignedAt: new Date('2025-06-02T00:00:00Z') }),
        broker('old', { lastAssignedAt: new Date('2025-01-01T00:00:00Z') }),
        broker('z-never'),
        broker('a-never'),
      ],
      'JL.SSB',
    );
    expect(ranked.map((b) => b.userId)).toEqual(['a-never', 'z-never', 'old', 'recent']);
  });

  it('leaves out the ineligible and is a total order', () => {
    const list = [broker('full', { capacity: 1, activeDeals: 1 }), broker('other', { fieldCodes: ['HC.SEA'] }), broker('ok')];
    expect(rankBrokers(list, 'JL.SSB').map((b) => b.userId)).toEqual(['ok']);
    expect(compareBrokers(broker('x'), broker('x'))).toBe(0);
    expect(Math.sign(compareBrokers(broker('x'), broker('y')))).toBe(-Math.sign(compareBrokers(broker('y'), broker('x'))));
  });

  it("gives the owner's service-team brokers first refusal, without making anyone eligible", () => {
    const idle = broker('idle', { level: BrokerLevel.SENIOR });
    const teamBusy = broker('team-busy', { activeDeals: 3 });
    const teamIdle = broker('team-idle', { activeDeals: 1 });
    const teamFull = broker('team-full', { capacity: 1, activeDeals: 1 });
    const teamElsewhere = broker('team-elsewhere', { fieldCodes: ['QL'] });
    const pool = [idle, teamBusy, teamIdle, teamFull, teamElsewhere];
    const team = ['team-busy', 'team-idle', 'team-full', 'team-elsewhere'];
    expect(rankBrokers(pool, 'JL.SSB', team).map((b) => b.userId)).toEqual(['team-idle', 'team-busy', 'idle']);
    // No team, or a team with nobody eligible: the usual order.
    expect(rankBrokers(pool, 'JL.SSB').map((b) => b.userId)).toEqual(['idle', 'team-idle', 'team-busy']);
    expect(rankBrokers(pool, 'JL.SSB', ['team-full', 'team-elsewhere']).map((b) => b.userId)).toEqual(['idle', 'team-idle', 'team-busy']);
  });
});
