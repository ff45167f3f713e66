import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { PlatformFunnelModel } from './platform-funnel.model';

@Injectable()
export class PlatformFunnelService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts of the organization's results at each step, in one statement. */
  async funnel(organizationId: string): Promise<PlatformFunnelModel> {
    const [row]: PlatformFunnelModel[] = await this.dataSource.query(
      `SELECT count(*)::int AS collected,
              count(*) FILTER (WHERE r.evaluated_at IS NOT NULL)::int AS evaluated,
              count(*) FILTER (WHERE r.published_at IS NOT NULL)::int AS published,
              (SELECT count(DISTINCT m.result_id)::int FROM matching_match_v m JOIN catalog_result_v mr ON mr.id = m.result_id
                WHERE mr.owner_id = $1 AND m.status IN ('SHORTLISTED', 'CONVERTED')) AS matched,
              (SELECT count(DISTINCT d.result_id)::int FROM brokerage_deal_v d JOIN brokerage_deal_contract_v c ON c.deal_id = d.id WHERE d.owner_org_id = $1) AS contracted
         FROM catalog_result_v r
        WHERE r.owner_id = $1`,
      [organizationId],
    );
    return row;
  }
}
