import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserService } from '@techbridge/identity';
import { DEMO_ACCOUNTS } from '@techbridge/identity/seed';
import { Principal, Role } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { EventStatus } from '../events/event-status.enum';
import { MatchmakingEventService } from '../events/matchmaking-event.service';
import { EventSchedulingService } from '../scheduling/event-scheduling.service';

const DAY = 24 * 3600_000;

interface DemoEvent {
  title: string;
  /** Days from now to the start (negative: in the past). */
  startInDays: number;
  target: EventStatus.COMPLETED | EventStatus.OPEN | EventStatus.SCHEDULED;
}

/** Titles identify the demo events: a second run finds them and adds nothing. */
export const DEMO_EVENTS: readonly DemoEvent[] = [
  { title: '新能源与新材料产学研对接会（第一期）', startInDays: -30, target: EventStatus.COMPLETED },
  { title: '先进制造专场对接会', startInDays: 14, target: EventStatus.SCHEDULED },
  { title: '生物医药与大健康对接会', startInDays: 45, target: EventStatus.OPEN },
];

interface Item {
  id: string;
  org: string;
  chain: string;
}

/**
 * Demo matchmaking events (seed order 50, after the catalogue): a completed one with held
 * meetings, a scheduled one with proposals, an open one with registrations. Each takes published,
 * non-private results and needs of one industry chain from the seeded catalogue (the demo logins'
 * organizations first), registered for their organizations.
 */
@Injectable()
export class EventsSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: MatchmakingEventService,
    private readonly scheduling: EventSchedulingService,
    private readonly users: UserService,
  ) {}

  async run(now = new Date()): Promise<string> {
    const [admin] = (await this.dataSource.query(`SELECT id FROM identity_user_v WHERE 'ADMIN' = ANY (roles) ORDER BY created_at LIMIT 1`)) as { id: string }[];
    if (!admin) return 'skipped: no administrator to organize events';
    const principal: Principal = { userId: admin.id, roles: [Role.ADMIN], organizationId: null };
    const demoOrgs = [...(await this.users.principalsByEmail(DEMO_ACCOUNTS.map((a) => a.email))).values()].flatMap((p) =>
      p.organizationId ? [p.organizationId] : [],
    );
    const pick = async (view: 'catalog_result_v' | 'catalog_need_v', owner: 'owner_id' | 'enterprise_id'): Promise<Item[]> =>
      this.dataSource.query(
        `SELECT i.id, i.${owner} AS org, split_part(i.field_code, '.', 1) AS chain
           FROM ${view} i
          WHERE i.status = 'PUBLISHED' AND i.visibility <> 'PRIVATE'
          ORDER BY i.${owner} = ANY ($1::uuid[]) DESC, i.published_at DESC NULLS LAST, i.id
          LIMIT 3000`,
        [demoOrgs],
      );
    const results = await pick('catalog_result_v', 'owner_id');
    const needs = await pick('catalog_need_v', 'enterprise_id');
    const chains = [...new Set(results.map((r) => r.chain))]
      .map((chain) => ({ chain, size: Math.min(results.filter((r) => r.chain === chain).length, needs.filter((n) => n.chain === chain).length) }))
      .filter((c) => c.size > 0)
      .sort((a, b) => b.size - a.size || (a.chain < b.chain ? -1 : 1));
    if (chains.length === 0) return 'skipped: no published results and needs of a common chain';

    let created = 0;
    let meetings = 0;
    for (const [index, demo] of DEMO_EVENTS.entries()) {
      const [existing] = (await this.dataSource.query(`SELECT id FROM matchmaking_event WHERE title = $1`, [demo.title])) as { id: string }[];
      if (existing) continue;
      const { chain } = chains[index % chains.length];
      const [codes] = (await this.dataSource.query(`SELECT array_agg(DISTINCT field_code) AS codes FROM catalog_result_v WHERE id = ANY ($1::uuid[])`, [
        results
          .filter((r) => r.chain === chain)
          .slice(0, 50)
          .map((r) => r.id),
      ])) as { codes: string[] }[];
      const startsAt = new Date(Math.floor((now.getTime() + demo.startInDays * DAY) / DAY) * DAY + 1 * 3600_000);
      const event = await this.events.create(
        {
          title: demo.title,
          fieldCodes: (codes?.codes ?? []).slice(0, 20),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 4 * 3600_000),
          venue: index === 2 ? null : '市科技大厦三楼报告厅',
          slotMinutes: 20,
          tables: 6,
          capacity: 60,
          registrationDeadline: new Date(startsAt.getTime() - DAY),
        },
        principal,
      );
      created += 1;
      await this.events.open(event.id, principal);
      await this.registerItems(event.id, admin.id, pickSpread(results, chain, 8), pickSpread(needs, chain, 8));
      if (demo.target === EventStatus.OPEN) continue;
      await this.scheduling.schedule(event.id, principal);
      if (demo.target === EventStatus.COMPLETED) {
        // A past event: every meeting was confirmed and held, except one no-show.
        const rows = (await this.dataSource.query(
          `UPDATE meeting SET status = CASE WHEN slot_index = 0 AND table_no = 1 THEN 'NO_SHOW' ELSE 'HELD' END,
                  result_answer = true, need_answer = true, responded_at = $2, outcome_at = ends_at
            WHERE event_id = $1 RETURNING id`,
          [event.id, new Date(startsAt.getTime() - 3 * DAY)],
        )) as [unknown[], number];
        meetings += rows[1];
        await this.dataSource.query(`UPDATE matchmaking_event SET status = 'COMPLETED', updated_at = now() WHERE id = $1`, [event.id]);
      } else {
        meetings += Number(((await this.dataSource.query(`SELECT count(*)::int AS n FROM meeting WHERE event_id = $1`, [event.id])) as { n: number }[])[0].n);
      }
    }
    return created === 0 ? 'demo events already present' : `${created} demo events, ${meetings} meetings`;
  }

  private async registerItems(eventId: string, adminId: string, results: Item[], needs: Item[]): Promise<void> {
    const orgs = [...new Set([...results, ...needs].map((i) => i.org))];
    await this.dataSource.transaction(async (tx) => {
      for (const org of orgs) {
        const [registration] = (await tx.query(`INSERT INTO event_registration (event_id, organization_id, registered_by) VALUES ($1, $2, $3) RETURNING id`, [
          eventId,
          org,
          adminId,
        ])) as { id: string }[];
        const mine = (items: Item[]) => items.filter((i) => i.org === org).map((i) => i.id);
        await tx.query(`INSERT INTO event_registration_result (registration_id, event_id, result_id) SELECT $1, $2, unnest($3::uuid[])`, [
          registration.id,
          eventId,
          mine(results),
        ]);
        await tx.query(`INSERT INTO event_registration_need (registration_id, event_id, need_id) SELECT $1, $2, unnest($3::uuid[])`, [
          registration.id,
          eventId,
          mine(needs),
        ]);
      }
    });
  }
}

/** Up to `limit` items of a chain, at most two per organization, so that several organizations meet. */
function pickSpread(items: Item[], chain: string, limit: number): Item[] {
  const perOrg = new Map<string, number>();
  const picked: Item[] = [];
  for (const item of items) {
    if (item.chain !== chain || (perOrg.get(item.org) ?? 0) >= 2) continue;
    perOrg.set(item.org, (perOrg.get(item.org) ?? 0) + 1);
    picked.push(item);
    if (picked.length >= limit) break;
  }
  return picked;
}
