import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invalidField, isAdmin, OutboxService, Principal, Role } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { BrokerProfileEntity } from '../brokers/broker-profile.entity';
import { identityError } from '../identity.errors';
import { OrganizationEntity } from '../organizations/organization.entity';
import { OrganizationKind } from '../organizations/organization-kind.enum';
import { UserEntity } from '../users/user.entity';
import { ServiceTeamInput } from './dto/service-team.input';
import { ServiceTeamEntity } from './service-team.entity';
import { ServiceTeamModel } from './service-team.model';

/**
 * SQL condition, for other libs' raw queries: user `userSql` is a broker of the service team of
 * organization `orgSql`. The catalog's access policy and the broker assignment use it, so the
 * table stays identity's own.
 */
export function teamBrokerSql(orgSql: string, userSql: string): string {
  return `EXISTS (SELECT 1 FROM service_team_broker stb WHERE stb.organization_id = ${orgSql} AND stb.broker_id = ${userSql})`;
}

@Injectable()
export class ServiceTeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Sets (or replaces) the team of a key innovation platform (administrators; the resolver checks the role). */
  async set(organizationId: string, input: ServiceTeamInput, principal: Principal): Promise<ServiceTeamModel> {
    const brokerIds = [...new Set(input.brokerIds)];
    return this.dataSource.transaction(async (tx) => {
      const organization = await tx.findOne(OrganizationEntity, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw identityError('ORGANIZATION_NOT_FOUND', 'No such organization');
      if (!organization.keyPlatform) throw invalidField('organizationId', 'Service teams are attached to key innovation platforms');
      const userIds = [input.bureauOfficerId, input.districtLiaisonId, input.conversionLeadId, ...brokerIds];
      const users = new Map((await tx.findBy(UserEntity, { id: In(userIds) })).map((user) => [user.id, user]));
      const officer = users.get(input.bureauOfficerId);
      if (!officer) throw invalidField('input.bureauOfficerId', 'No such user');
      const officerOrg = officer.organizationId ? await tx.findOneBy(OrganizationEntity, { id: officer.organizationId }) : null;
      if (officerOrg?.kind !== OrganizationKind.GOVERNMENT)
        throw invalidField('input.bureauOfficerId', 'The bureau officer is a user of a government organization');
      if (!users.has(input.districtLiaisonId)) throw invalidField('input.districtLiaisonId', 'No such user');
      const lead = users.get(input.conversionLeadId);
      if (!lead) throw invalidField('input.conversionLeadId', 'No such user');
      if (lead.organizationId !== organizationId)
        throw invalidField('input.conversionLeadId', "The conversion lead is a member of the platform's organization");
      const profiles = new Set((await tx.findBy(BrokerProfileEntity, { userId: In(brokerIds) })).map((profile) => profile.userId));
      const notBrokers = brokerIds.filter((id) => !profiles.has(id) || !users.get(id)?.roles.includes(Role.BROKER));
      if (notBrokers.length > 0) throw invalidField('input.brokerIds', `Not certified brokers: ${notBrokers.slice(0, 5).join(', ')}`);

      const now = new Date();
      await tx.query(
        `INSERT INTO service_team (organization_id, bureau_officer_id, district_liaison_id, conversion_lead_id, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (organization_id) DO UPDATE SET bureau_officer_id = $2, district_liaison_id = $3, conversion_lead_id = $4, updated_by = $5, updated_at = $6`,
        [organizationId, input.bureauOfficerId, input.districtLiaisonId, input.conversionLeadId, principal.userId, now],
      );
      await tx.query(`DELETE FROM service_team_broker WHERE organization_id = $1 AND NOT (broker_id = ANY($2::uuid[]))`, [organizationId, brokerIds]);
      await tx.query(`INSERT INTO service_team_broker (organization_id, broker_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
        organizationId,
        brokerIds,
      ]);
      await this.outbox.append(tx, {
        type: 'service_team.set',
        aggregateId: organizationId,
        actorId: principal.userId,
        payload: { bureauOfficerId: input.bureauOfficerId, districtLiaisonId: input.districtLiaisonId, conversionLeadId: input.conversionLeadId, brokerIds },
      });
      const team = await tx.findOneByOrFail(ServiceTeamEntity, { organizationId });
      return ServiceTeamModel.from(team, await this.teamBrokerIds(tx, organizationId));
    });
  }

  /**
   * The team of an organization, or null. Administrators, the team's members and the platform's
   * own members see it; others are refused.
   */
  async get(organizationId: string, principal: Principal): Promise<ServiceTeamModel | null> {
    const team = await this.dataSource.getRepository(ServiceTeamEntity).findOneBy({ organizationId });
    const model = team ? ServiceTeamModel.from(team, await this.teamBrokerIds(this.dataSource.manager, organizationId)) : null;
    if (!this.canSee(principal, organizationId, model))
      throw identityError('SERVICE_TEAM_FORBIDDEN', "Only administrators, the team and the platform's members see a service team");
    return model;
  }

  canSee(principal: Principal, organizationId: string, team: ServiceTeamModel | null): boolean {
    if (isAdmin(principal) || principal.organizationId === organizationId) return true;
    return !!team && this.isMember(principal.userId, team);
  }

  isMember(userId: string, team: ServiceTeamModel): boolean {
    return [team.bureauOfficerId, team.districtLiaisonId, team.conversionLeadId, ...team.brokerIds].includes(userId);
  }

  /** The teams the caller sits on, in any seat. */
  async mine(principal: Principal): Promise<ServiceTeamModel[]> {
    const teams = await this.dataSource
      .getRepository(ServiceTeamEntity)
      .createQueryBuilder('t')
      .where(':user IN (t.bureau_officer_id, t.district_liaison_id, t.conversion_lead_id)', { user: principal.userId })
      .orWhere(teamBrokerSql('t.organization_id', ':user'))
      .orderBy('t.updated_at', 'DESC')
      .getMany();
    const brokers = await this.brokersByOrganization(teams.map((team) => team.organizationId));
    return teams.map((team) => ServiceTeamModel.from(team, brokers.get(team.organizationId) ?? []));
  }

  /** The team brokers of an organization (for first refusal on its deals), in the caller's transaction. */
  async teamBrokerIds(manager: EntityManager, organizationId: string): Promise<string[]> {
    const rows: { broker_id: string }[] = await manager.query(`SELECT broker_id FROM service_team_broker WHERE organization_id = $1 ORDER BY broker_id`, [
      organizationId,
    ]);
    return rows.map((row) => row.broker_id);
  }

  /**
   * Demo data: gives a key platform a team unless it has one, in the caller's transaction, without
   * the administrator's checks and events of `set`. False when the platform already had a team.
   */
  async seedTeam(
    manager: EntityManager,
    team: { organizationId: string; bureauOfficerId: string; districtLiaisonId: string; conversionLeadId: string | null; brokerIds: readonly string[] },
  ): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO service_team (organization_id, bureau_officer_id, district_liaison_id, conversion_lead_id)
       VALUES ($1, $2, $3, $4) ON CONFLICT (organization_id) DO NOTHING RETURNING organization_id`,
      [team.organizationId, team.bureauOfficerId, team.districtLiaisonId, team.conversionLeadId],
    );
    if (inserted.length === 0) return false;
    await manager.query(`INSERT INTO service_team_broker (organization_id, broker_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      team.organizationId,
      [...team.brokerIds],
    ]);
    return true;
  }

  private async brokersByOrganization(organizationIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (organizationIds.length === 0) return out;
    const rows: { organization_id: string; broker_id: string }[] = await this.dataSource.query(
      `SELECT organization_id, broker_id FROM service_team_broker WHERE organization_id = ANY($1::uuid[]) ORDER BY broker_id`,
      [organizationIds],
    );
    for (const row of rows) out.set(row.organization_id, [...(out.get(row.organization_id) ?? []), row.broker_id]);
    return out;
  }
}
