import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findOrganization, OrganizationKind } from '@techbridge/identity';
import { Connection, ConnectionArgs, invalidField, isAdmin, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { brokerageError } from '../brokerage.errors';
import { Clock } from '../clock';
import { shanghaiDate } from '../deals/due-dates';
import { DRAFT_NEED_PORT, DraftNeedPort } from './draft-need.port';
import { FollowUpInput } from './dto/follow-up.input';
import { FollowUpEntity } from './follow-up.entity';

/** A real calendar date (`2025-02-30` is not). */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

@Injectable()
export class FollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Optional() @Inject(DRAFT_NEED_PORT) private readonly draftNeeds: DraftNeedPort | null = null,
  ) {}

  /**
   * Records a broker's contact with an enterprise. With `draftNeedFieldCode`, the discovered needs
   * also become DRAFT needs of the enterprise (through the bound DraftNeedPort), in the same transaction.
   */
  async record(input: FollowUpInput, principal: Principal): Promise<FollowUpEntity> {
    const today = shanghaiDate(this.clock.now());
    if (!isCalendarDate(input.happenedOn)) throw invalidField('input.happenedOn', 'Not a calendar date');
    if (input.happenedOn > today) throw invalidField('input.happenedOn', 'A follow-up cannot happen in the future');
    if (input.nextActionOn) {
      if (!isCalendarDate(input.nextActionOn)) throw invalidField('input.nextActionOn', 'Not a calendar date');
      if (input.nextActionOn < input.happenedOn) throw invalidField('input.nextActionOn', 'The next action cannot come before the follow-up');
    }
    if (input.nextAction && !input.nextActionOn) throw invalidField('input.nextActionOn', 'Give a date for the next action');
    return this.dataSource.transaction(async (tx) => {
      const enterprise = await findOrganization(tx, input.enterpriseId);
      if (!enterprise) throw brokerageError('ENTERPRISE_NOT_FOUND', 'No such organization');
      if (enterprise.kind !== OrganizationKind.ENTERPRISE) {
        throw brokerageError('NOT_AN_ENTERPRISE', 'Follow-ups are recorded with enterprises', { 'input.enterpriseId': ['Not an enterprise'] });
      }
      const followUp = await tx.save(
        tx.create(FollowUpEntity, {
          brokerId: principal.userId,
          enterpriseId: enterprise.id,
          happenedOn: input.happenedOn,
          channel: input.channel,
          notes: input.notes?.trim() ?? '',
          nextActionOn: input.nextActionOn ?? null,
          nextAction: input.nextAction?.trim() || null,
          discoveredNeeds: [...new Set((input.discoveredNeeds ?? []).map((need) => need.trim()).filter(Boolean))],
        }),
      );
      const fieldCode = input.draftNeedFieldCode ?? null;
      if (fieldCode && !this.draftNeeds) throw invalidField('input.draftNeedFieldCode', 'Draft needs cannot be created in this deployment');
      const drafted =
        fieldCode && this.draftNeeds && followUp.discoveredNeeds.length > 0
          ? await this.draftNeeds.createDraftNeeds(tx, followUp, fieldCode, principal.userId)
          : [];
      await this.outbox.append(tx, {
        type: 'followup.recorded',
        aggregateId: followUp.id,
        actorId: principal.userId,
        payload: { enterpriseId: enterprise.id, channel: followUp.channel, discoveredNeeds: followUp.discoveredNeeds.length, draftNeedIds: drafted },
      });
      return followUp;
    });
  }

  /** Whose follow-ups the caller asks for: a broker only their own; an admin anyone's (or everyone's). */
  private brokerScope(principal: Principal, brokerId: string | null | undefined): string | null {
    if (isAdmin(principal)) return brokerId ?? null;
    if (brokerId && brokerId !== principal.userId) throw brokerageError('FOLLOW_UP_FORBIDDEN', "Only administrators see other brokers' follow-ups");
    return principal.userId;
  }

  /** Follow-ups, newest first, optionally of one enterprise. */
  async list(
    principal: Principal,
    args: ConnectionArgs,
    filter: { enterpriseId?: string | null; brokerId?: string | null },
  ): Promise<Connection<FollowUpEntity>> {
    const broker = this.brokerScope(principal, filter.brokerId);
    const qb = this.dataSource.getRepository(FollowUpEntity).createQueryBuilder('f').where('TRUE');
    if (broker) qb.andWhere('f.broker_id = :broker', { broker });
    if (filter.enterpriseId) qb.andWhere('f.enterprise_id = :enterprise', { enterprise: filter.enterpriseId });
    return paginate(qb, args, { column: 'f.created_at', value: (f) => f.createdAt, direction: 'DESC', idColumn: 'f.id', id: (f) => f.id });
  }

  /**
   * For each (broker, enterprise) pair in scope, the latest follow-up when its next action date
   * is before today (Asia/Shanghai): the enterprises a broker owes a call. Oldest due first.
   */
  async overdue(principal: Principal, brokerId?: string | null): Promise<FollowUpEntity[]> {
    const broker = this.brokerScope(principal, brokerId);
    const today = shanghaiDate(this.clock.now());
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM (
         SELECT DISTINCT ON (broker_id, enterprise_id) id, next_action_on
           FROM broker_follow_up
          WHERE ($1::uuid IS NULL OR broker_id = $1)
          ORDER BY broker_id, enterprise_id, happened_on DESC, created_at DESC, id DESC
       ) latest
       WHERE next_action_on < $2::date
       ORDER BY next_action_on ASC, id ASC
       LIMIT 500`,
      [broker, today],
    );
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(FollowUpEntity)
      .createQueryBuilder('f')
      .whereInIds(ids.map((row) => row.id))
      .getMany();
    const order = new Map(ids.map((row, index) => [row.id, index]));
    return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  }
}
