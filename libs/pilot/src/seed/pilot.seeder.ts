import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganizationKind, ServiceTeamService } from '@techbridge/identity';
import { DataSource, EntityManager } from 'typeorm';

import { OPERATOR_KINDS } from '../platforms/pilot-platform.service';
import { DEMO_PLATFORMS } from './demo-platforms';

const DAY = 86_400_000;

/**
 * Demo pilot platforms, a few bookings (approved, requested, one completed) and the service teams
 * of two key platforms. Idempotent: platforms are keyed by name, bookings are added only while no
 * demo platform has any, and a key platform that already has a team keeps it.
 */
@Injectable()
export class PilotSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: ServiceTeamService,
  ) {}

  async run(now = new Date()): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const operators: { id: string; district: string | null }[] = await tx.query(
        `SELECT id, district FROM identity_organization_v WHERE kind = ANY($1::text[]) ORDER BY key_platform DESC, created_at, id LIMIT $2`,
        [OPERATOR_KINDS, DEMO_PLATFORMS.length],
      );
      if (operators.length === 0) return 'no operating organizations yet';
      let created = 0;
      for (const [index, platform] of DEMO_PLATFORMS.entries()) {
        const operator = operators[index % operators.length];
        const rows: unknown[] = await tx.query(
          `INSERT INTO pilot_platform (name, operator_id, field_codes, capabilities, district, price_notes)
           SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM pilot_platform WHERE name = $1) RETURNING id`,
          [platform.name, operator.id, platform.fieldCodes, platform.capabilities, operator.district, platform.priceNotes],
        );
        created += rows.length;
      }
      const bookings = await this.seedBookings(tx, now);
      const teams = await this.seedTeams(tx);
      return `${created} pilot platforms, ${bookings} bookings, ${teams} service teams created`;
    });
  }

  private async seedBookings(tx: EntityManager, now: Date): Promise<number> {
    const names = DEMO_PLATFORMS.map((platform) => platform.name);
    const [{ seeded }]: { seeded: boolean }[] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM pilot_booking b JOIN pilot_platform p ON p.id = b.platform_id WHERE p.name = ANY($1::text[])) AS seeded`,
      [names],
    );
    if (seeded) return 0;
    const platforms: { id: string }[] = await tx.query(`SELECT p.id FROM pilot_platform p WHERE p.name = ANY($1::text[]) ORDER BY p.name LIMIT 3`, [names]);
    const results: { id: string; requester: string }[] = await tx.query(
      `SELECT r.id, COALESCE(r.created_by, (SELECT u.id FROM identity_user_v u WHERE u.organization_id = r.owner_id ORDER BY u.created_at LIMIT 1)) AS requester
         FROM catalog_result_v r
        WHERE r.status = 'PUBLISHED' AND r.needs_pilot
          AND COALESCE(r.created_by, (SELECT u.id FROM identity_user_v u WHERE u.organization_id = r.owner_id LIMIT 1)) IS NOT NULL
        ORDER BY r.published_at DESC NULLS LAST, r.id LIMIT 4`,
    );
    if (platforms.length === 0 || results.length === 0) return 0;
    const at = (days: number) => new Date(now.getTime() + days * DAY);
    // Per platform: one trial done, one approved ahead, one waiting for the operator.
    const plan: { status: string; from: Date; to: Date }[] = [
      { status: 'COMPLETED', from: at(-40), to: at(-30) },
      { status: 'APPROVED', from: at(14), to: at(21) },
      { status: 'REQUESTED', from: at(18), to: at(25) },
    ];
    let count = 0;
    for (const [p, platform] of platforms.entries()) {
      for (const [i, step] of plan.entries()) {
        if (p > 0 && step.status === 'COMPLETED') continue;
        const result = results[(p + i) % results.length];
        await tx.query(
          `INSERT INTO pilot_booking (platform_id, result_id, requested_by, from_at, to_at, status, decided_at, completed_at)
           VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 <> 'REQUESTED' THEN $4::timestamptz - interval '7 days' END, CASE WHEN $6 = 'COMPLETED' THEN $5::timestamptz END)`,
          [platform.id, result.id, result.requester, step.from, step.to, step.status],
        );
        count++;
      }
    }
    return count;
  }

  private async seedTeams(tx: EntityManager): Promise<number> {
    const [officer]: { id: string }[] = await tx.query(
      `SELECT u.id FROM identity_user_v u JOIN identity_organization_v o ON o.id = u.organization_id WHERE o.kind = $1 ORDER BY ('ADMIN' = ANY(u.roles)), u.created_at LIMIT 1`,
      [OrganizationKind.GOVERNMENT],
    );
    const brokers: { user_id: string }[] = await tx.query(
      `SELECT bp.user_id FROM identity_broker_v bp JOIN identity_user_v u ON u.id = bp.user_id WHERE 'BROKER' = ANY(u.roles) ORDER BY bp.certified_at, bp.user_id LIMIT 4`,
    );
    if (!officer || brokers.length === 0) return 0;
    const platforms: { id: string; lead: string }[] = await tx.query(
      `SELECT o.id, (SELECT u.id FROM identity_user_v u WHERE u.organization_id = o.id ORDER BY u.created_at LIMIT 1) AS lead
         FROM identity_organization_v o
        WHERE o.key_platform AND EXISTS (SELECT 1 FROM identity_user_v u WHERE u.organization_id = o.id)
        ORDER BY o.created_at, o.id LIMIT 2`,
    );
    let count = 0;
    for (const [index, platform] of platforms.entries()) {
      // The district liaison is the other platform's lead when there is one, else the officer's colleague: a demo stand-in.
      const liaison = platforms[(index + 1) % platforms.length].lead ?? officer.id;
      const team = brokers.filter((_, i) => i % platforms.length === index).map((broker) => broker.user_id);
      const seeded = await this.teams.seedTeam(tx, {
        organizationId: platform.id,
        bureauOfficerId: officer.id,
        districtLiaisonId: liaison,
        conversionLeadId: platform.lead,
        brokerIds: team,
      });
      if (!seeded) continue;
      count++;
    }
    return count;
  }
}
