import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PlatformFunnelModel } from './platform-funnel.model';

@Injectable()
export class PlatformFunnelService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts of the organization's results at each step. The `match` table belongs to the matching
   * records, which may not be installed: it is looked up with to_regclass and counted only if present.
   */
  async funnel(organizationId: string): Promise<PlatformFunnelModel> {
    const [{ present }]: { present: boolean }[] = await this.dataSource.query(`SELECT to_regclass('match') IS NOT NULL AS present`);
    const matched = present
      ? `(SELECT count(DISTINCT m.result_id)::int FROM match m JOIN research_result r ON r.id = m.result_id WHERE r.owner_id = $1 AND m.status IN ('SHORTLISTED', 'CONVERTED'))`
      : '0';
    const [row]: Omit<PlatformFunnelModel, 'matchesTracked'>[] = await this.dataSource.query(
      `SELECT count(*)::int AS collected,
              count(*) FILTER (WHERE r.evaluated_at IS NOT NULL)::int AS evaluated,
              count(*) FILTER (WHERE r.published_at IS NOT NULL)::int AS published,
              ${matched} AS matched,
              (SELECT count(DISTINCT d.result_id)::int FROM deal d JOIN deal_contract c ON c.deal_id = d.id WHERE d.owner_org_id = $1) AS contracted
         FROM research_result r
        WHERE r.owner_id = $1`,
      [organizationId],
    );
    return { ...row, matchesTracked: present };
  }
}
