import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@techbridge/brokerage';
import { findNeeds, findResults, NeedStatus, ResultStatus, Visibility } from '@techbridge/catalog';
import { findOrganization } from '@techbridge/identity';
import { Connection, ConnectionArgs, FieldCodes, groupByKeys, invalidField, isAdmin, OutboxService, paginate, Principal } from '@techbridge/platform';
import { DataSource, EntityManager, In } from 'typeorm';

import { eventsError } from '../events.errors';
import { MeetingEntity } from '../meetings/meeting.entity';
import { EventRegistrationEntity } from '../registrations/event-registration.entity';
import { RegistrationModel } from '../registrations/registration.model';
import { EventInput } from './dto/event.input';
import { EventRegistrationInput } from './dto/event-registration.input';
import { EventStatus } from './event-status.enum';
import { acceptsRegistrations, canMoveEvent } from './event-status.machine';
import { MatchmakingEventEntity } from './matchmaking-event.entity';

/**
 * Matchmaking events and registrations. What a caller sees:
 * - everyone (signed in or not) sees every event that is not a DRAFT, with its public facts;
 *   drafts exist only for administrators;
 * - registrations and meetings are business relations (who brings what, who meets whom): an
 *   administrator sees all of them, a member only those of their own organization, anyone else none.
 */
@Injectable()
export class MatchmakingEventService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fieldCodes: FieldCodes,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async create(input: EventInput, principal: Principal): Promise<MatchmakingEventEntity> {
    this.fieldCodes.assertKnown(input.fieldCodes, 'input.fieldCodes');
    return this.dataSource.transaction(async (tx) => {
      const event = await tx.save(
        tx.create(MatchmakingEventEntity, {
          title: input.title,
          fieldCodes: [...new Set(input.fieldCodes)],
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          venue: input.venue ?? null,
          slotMinutes: input.slotMinutes,
          tables: input.tables,
          capacity: input.capacity ?? null,
          registrationDeadline: input.registrationDeadline ?? null,
          status: EventStatus.DRAFT,
          scheduledAt: null,
          createdBy: principal.userId,
        }),
      );
      await this.outbox.append(tx, { type: 'event.created', aggregateId: event.id, actorId: principal.userId, payload: { title: event.title } });
      return event;
    });
  }

  async open(id: string, principal: Principal): Promise<MatchmakingEventEntity> {
    return this.move(id, EventStatus.OPEN, principal);
  }

  /** SCHEDULED → COMPLETED, once the event has begun (administrators, or the job at its end). */
  async complete(id: string, principal: Principal | null, manager?: EntityManager): Promise<MatchmakingEventEntity> {
    const work = async (tx: EntityManager) => {
      const event = await this.lock(tx, id);
      if (this.clock.now().getTime() < event.startsAt.getTime()) throw eventsError('TOO_EARLY', 'An event is completed once it has begun');
      return this.moveLocked(tx, event, EventStatus.COMPLETED, principal);
    };
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  private async move(id: string, to: EventStatus, principal: Principal): Promise<MatchmakingEventEntity> {
    return this.dataSource.transaction(async (tx) => this.moveLocked(tx, await this.lock(tx, id), to, principal));
  }

  private async moveLocked(tx: EntityManager, event: MatchmakingEventEntity, to: EventStatus, principal: Principal | null): Promise<MatchmakingEventEntity> {
    if (!canMoveEvent(event.status, to)) throw eventsError('ILLEGAL_TRANSITION', `An event cannot move from ${event.status} to ${to}`);
    const from = event.status;
    event.status = to;
    event.updatedAt = this.clock.now();
    await tx.save(event);
    await this.outbox.append(tx, { type: 'event.status_changed', aggregateId: event.id, actorId: principal?.userId ?? null, payload: { from, to } });
    return event;
  }

  /** The event row, locked for the rest of the transaction. */
  async lock(tx: EntityManager, id: string): Promise<MatchmakingEventEntity> {
    const event = await tx.findOne(MatchmakingEventEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw eventsError('EVENT_NOT_FOUND', 'No such event');
    return event;
  }

  /** The event as the caller may see it: null when missing, or a draft for a non-administrator. */
  async get(id: string, principal: Principal | null): Promise<MatchmakingEventEntity | null> {
    const event = await this.dataSource.getRepository(MatchmakingEventEntity).findOneBy({ id });
    if (!event || !this.canSee(event, principal)) return null;
    return event;
  }

  canSee(event: MatchmakingEventEntity, principal: Principal | null): boolean {
    return event.status !== EventStatus.DRAFT || isAdmin(principal);
  }

  /** Newest first; drafts for administrators only. */
  async list(args: ConnectionArgs, principal: Principal | null): Promise<Connection<MatchmakingEventEntity>> {
    const qb = this.dataSource.getRepository(MatchmakingEventEntity).createQueryBuilder('e');
    if (!isAdmin(principal)) qb.where('e.status <> :draft', { draft: EventStatus.DRAFT });
    return paginate(qb, args, { column: 'e.created_at', value: (e) => e.createdAt, direction: 'DESC', idColumn: 'e.id', id: (e) => e.id });
  }

  /**
   * Registers the caller's organization with its own published results and needs, or replaces
   * its lists when it registered before. The event row is locked, so concurrent registrations
   * are counted against the capacity one after the other.
   */
  async register(eventId: string, input: EventRegistrationInput, principal: Principal): Promise<MatchmakingEventEntity> {
    const organizationId = principal.organizationId;
    if (!organizationId) throw eventsError('NO_ORGANIZATION', 'Only members of an organization register for events');
    const resultIds = [...new Set(input.resultIds ?? [])];
    const needIds = [...new Set(input.needIds ?? [])];
    if (resultIds.length + needIds.length === 0) throw invalidField('input', 'Register at least one result or need');
    return this.dataSource.transaction(async (tx) => {
      const event = await this.lock(tx, eventId);
      if (!this.canSee(event, principal)) throw eventsError('EVENT_NOT_FOUND', 'No such event');
      if (!acceptsRegistrations(event.status)) throw eventsError('NOT_OPEN_FOR_REGISTRATION', `The event is ${event.status}, not open for registrations`);
      const closesAt = event.registrationDeadline ?? event.startsAt;
      if (this.clock.now().getTime() > closesAt.getTime()) throw eventsError('REGISTRATION_CLOSED', 'Registration for this event has closed');
      const organization = await findOrganization(tx, organizationId);
      if (!organization?.verified) throw eventsError('ORGANIZATION_NOT_VERIFIED', 'Only verified organizations register for events');

      const results = await findResults(tx, resultIds);
      this.checkItems(
        'input.resultIds',
        resultIds,
        results,
        (r) => r.ownerId,
        organizationId,
        (r) => r.status === ResultStatus.PUBLISHED,
        (r) => r.visibility,
      );
      const needs = await findNeeds(tx, needIds);
      this.checkItems(
        'input.needIds',
        needIds,
        needs,
        (n) => n.enterpriseId,
        organizationId,
        (n) => n.status === NeedStatus.PUBLISHED,
        (n) => n.visibility,
      );

      let registration = await tx.findOneBy(EventRegistrationEntity, { eventId, organizationId });
      const now = this.clock.now();
      if (!registration) {
        if (event.capacity !== null) {
          const taken = await tx.countBy(EventRegistrationEntity, { eventId });
          if (taken >= event.capacity) throw eventsError('EVENT_FULL', `The event is full (${event.capacity} organizations)`);
        }
        registration = await tx.save(tx.create(EventRegistrationEntity, { eventId, organizationId, registeredBy: principal.userId }));
      } else {
        await tx.update(EventRegistrationEntity, { id: registration.id }, { registeredBy: principal.userId, updatedAt: now });
      }
      await tx.query(`DELETE FROM event_registration_result WHERE registration_id = $1`, [registration.id]);
      await tx.query(`DELETE FROM event_registration_need WHERE registration_id = $1`, [registration.id]);
      if (resultIds.length) {
        await tx.query(`INSERT INTO event_registration_result (registration_id, event_id, result_id) SELECT $1, $2, unnest($3::uuid[])`, [
          registration.id,
          eventId,
          resultIds,
        ]);
      }
      if (needIds.length) {
        await tx.query(`INSERT INTO event_registration_need (registration_id, event_id, need_id) SELECT $1, $2, unnest($3::uuid[])`, [
          registration.id,
          eventId,
          needIds,
        ]);
      }
      await this.outbox.append(tx, {
        type: 'event.registered',
        aggregateId: eventId,
        actorId: principal.userId,
        payload: { organizationId, resultIds, needIds },
      });
      return event;
    });
  }

  private checkItems<T extends { id: string }>(
    field: string,
    ids: string[],
    rows: T[],
    ownerOf: (row: T) => string,
    organizationId: string,
    published: (row: T) => boolean,
    visibilityOf: (row: T) => Visibility,
  ): void {
    const found = new Map(rows.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw invalidField(field, `Unknown item: ${missing[0]}`);
    if (rows.some((row) => ownerOf(row) !== organizationId)) throw eventsError('NOT_OWNER', "Only your own organization's results and needs can be registered");
    if (!rows.every(published)) throw invalidField(field, 'Only published items can be registered');
    // A matchmaking meeting shows the item to its counterpart: a private item stays off events.
    if (rows.some((row) => visibilityOf(row) === Visibility.PRIVATE)) throw invalidField(field, 'Private items cannot be registered for an event');
  }

  /** Registrations of many events in one query each for registrations and items, in key order. */
  async registrationsByEventIds(eventIds: readonly string[]): Promise<RegistrationModel[][]> {
    const rows: { event_id: string; organization_id: string; created_at: Date; result_ids: string[]; need_ids: string[] }[] = await this.dataSource.query(
      `SELECT r.event_id, r.organization_id, r.created_at,
              COALESCE((SELECT array_agg(x.result_id ORDER BY x.result_id) FROM event_registration_result x WHERE x.registration_id = r.id), '{}') AS result_ids,
              COALESCE((SELECT array_agg(x.need_id ORDER BY x.need_id) FROM event_registration_need x WHERE x.registration_id = r.id), '{}') AS need_ids
         FROM event_registration r WHERE r.event_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`,
      [eventIds],
    );
    const grouped = new Map<string, RegistrationModel[]>();
    for (const row of rows) {
      const model = Object.assign(new RegistrationModel(), {
        eventId: row.event_id,
        organizationId: row.organization_id,
        registeredAt: row.created_at,
        resultIds: row.result_ids,
        needIds: row.need_ids,
      });
      grouped.set(row.event_id, [...(grouped.get(row.event_id) ?? []), model]);
    }
    return eventIds.map((id) => grouped.get(id) ?? []);
  }

  async meetingsByEventIds(eventIds: readonly string[]): Promise<MeetingEntity[][]> {
    const rows = await this.dataSource.getRepository(MeetingEntity).find({ where: { eventId: In([...eventIds]) }, order: { startsAt: 'ASC', table: 'ASC' } });
    return groupByKeys(eventIds, rows, (row) => row.eventId);
  }

  /** Whether the caller may see this registration or meeting of an organization pair. */
  sees(principal: Principal | null, ...organizationIds: string[]): boolean {
    if (isAdmin(principal)) return true;
    return !!principal?.organizationId && organizationIds.includes(principal.organizationId);
  }

  async isRegistered(eventId: string, organizationId: string): Promise<boolean> {
    return (await this.dataSource.getRepository(EventRegistrationEntity).countBy({ eventId, organizationId })) > 0;
  }
}
