import { CandidatePair, ScheduleInput } from '@techbridge/events';
import { seededRandom } from '@techbridge/platform';

/** Benchmark instances are reproducible from their seed. */

export interface InstanceShape {
  results: number;
  needs: number;
  slots: number;
  tables: number;
  seed: number;
  /** K; default 6. */
  maxMeetingsPerOrg?: number;
  /** Default 50. */
  scoreFloor?: number;
  /** Share of result-holding organizations that also post needs; default 0.1. */
  overlap?: number;
}

/**
 * A matchmaking event shaped like the real ones: universities hold many results (a skewed
 * number per organization), enterprises post one or a few needs, some platforms do both; scores
 * cluster by industry field, so most pairs fall under the floor and a minority score high.
 */
export function generateInstance(shape: InstanceShape): ScheduleInput {
  const random = seededRandom(shape.seed);
  const fields = 8;
  const resultOrgs = Math.max(2, Math.round(shape.results / 4));
  const needOrgs = Math.max(2, Math.round(shape.needs / 1.6));
  const shared = Math.round(resultOrgs * (shape.overlap ?? 0.1));
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * random() ** 2));
  const results = Array.from({ length: shape.results }, (_, i) => ({
    id: `r${i}`,
    org: `ro${skewed(resultOrgs)}`,
    field: Math.floor(random() * fields),
    quality: random(),
  }));
  const needs = Array.from({ length: shape.needs }, (_, i) => {
    const index = Math.floor(random() * needOrgs);
    // The first `shared` need organizations are result organizations as well.
    return { id: `n${i}`, org: index < shared ? `ro${index}` : `no${index}`, field: Math.floor(random() * fields), quality: random() };
  });
  const pairs: CandidatePair[] = [];
  for (const r of results) {
    for (const n of needs) {
      const distance = Math.min(Math.abs(r.field - n.field), fields - Math.abs(r.field - n.field));
      const base = distance === 0 ? 62 : distance === 1 ? 42 : 18;
      const noise = (random() + random() + random() - 1.5) * 30;
      const score = Math.round(Math.max(0, Math.min(100, base + noise + 10 * (r.quality + n.quality - 1))) * 10) / 10;
      pairs.push({ resultId: r.id, resultOrgId: r.org, needId: n.id, needOrgId: n.org, score });
    }
  }
  const startsAt = new Date(Date.UTC(2026, 2, 18, 1, 0));
  const slotMinutes = 20;
  return {
    window: { startsAt, endsAt: new Date(startsAt.getTime() + shape.slots * slotMinutes * 60_000), slotMinutes, tables: shape.tables },
    pairs,
    config: { scoreFloor: shape.scoreFloor ?? 50, maxMeetingsPerOrg: shape.maxMeetingsPerOrg ?? 6 },
  };
}
