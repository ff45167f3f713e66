import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invalidField, isAdmin, Principal } from '@techbridge/platform';
import { DataSource } from 'typeorm';

import { eventsError } from '../events.errors';
import { MatchmakingEventService } from '../events/matchmaking-event.service';
import { MeetingStatus } from '../meetings/meeting-status.enum';
import { agendaFileName, AgendaMeeting, buildAgendaCalendar } from './agenda-calendar';

export interface AgendaFile {
  fileName: string;
  body: string;
}

/**
 * One organization's agenda for an event: the caller's own organization, registered for the
 * event; an administrator may name any organization.
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: MatchmakingEventService,
  ) {}

  async agenda(eventId: string, principal: Principal, organizationId?: string): Promise<AgendaFile> {
    const event = await this.events.get(eventId, principal);
    if (!event) throw eventsError('EVENT_NOT_FOUND', 'No such event');
    if (organizationId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(organizationId))
      throw invalidField('organizationId', 'organizationId must be a UUID');
    const orgId = organizationId && isAdmin(principal) ? organizationId : principal.organizationId;
    if (!orgId || (!isAdmin(principal) && !(await this.events.isRegistered(eventId, orgId)))) {
      throw eventsError('NOT_PARTICIPANT', 'Only organizations registered for the event have an agenda');
    }
    const rows: {
      id: string;
      starts_at: Date;
      ends_at: Date;
      table_no: number;
      status: MeetingStatus;
      result_title: string;
      result_org: string;
      result_org_name: string;
      need_title: string;
      need_org: string;
      need_org_name: string;
    }[] = await this.dataSource.query(
      `SELECT m.id, m.starts_at, m.ends_at, m.table_no, m.status,
              r.title AS result_title, m.result_org_id AS result_org, ro.name AS result_org_name,
              n.title AS need_title, m.need_org_id AS need_org, no.name AS need_org_name
         FROM meeting m
         JOIN catalog_result_v r ON r.id = m.result_id
         JOIN catalog_need_v n ON n.id = m.need_id
         JOIN identity_organization_v ro ON ro.id = m.result_org_id
         JOIN identity_organization_v no ON no.id = m.need_org_id
        WHERE m.event_id = $1 AND $2 IN (m.result_org_id, m.need_org_id)
        ORDER BY m.starts_at, m.table_no`,
      [eventId, orgId],
    );
    const meetings: AgendaMeeting[] = rows.map((row) => ({
      id: row.id,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      table: row.table_no,
      status: row.status,
      result: { title: row.result_title, organizationId: row.result_org, organizationName: row.result_org_name },
      need: { title: row.need_title, organizationId: row.need_org, organizationName: row.need_org_name },
    }));
    return {
      fileName: agendaFileName(event.id),
      body: buildAgendaCalendar({ event: { id: event.id, title: event.title, venue: event.venue }, organizationId: orgId, meetings }),
    };
  }
}
