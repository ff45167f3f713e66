import { createEvents, EventAttributes } from 'ics';

export interface AgendaMeeting {
  id: string;
  startsAt: Date;
  endsAt: Date;
  table: number;
  /** PROPOSED meetings are exported as tentative, CONFIRMED as confirmed; others are left out. */
  status: 'PROPOSED' | 'CONFIRMED' | 'DECLINED' | 'HELD' | 'NO_SHOW';
  result: { title: string; organizationId: string; organizationName: string };
  need: { title: string; organizationId: string; organizationName: string };
}

export interface AgendaRequest {
  event: { id: string; title: string; venue: string | null };
  organizationId: string;
  meetings: AgendaMeeting[];
}

export class AgendaCalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgendaCalendarError';
  }
}

/** Stable across downloads, so a calendar app updates a meeting instead of adding a copy. */
export const meetingUid = (meetingId: string): string => `meeting-${meetingId}@techbridge`;

export function agendaFileName(eventId: string): string {
  return `techbridge-event-${eventId}.ics`;
}

/**
 * One organization's agenda for an event as an iCalendar (RFC 5545) file: a VEVENT per meeting it
 * sits in (on either side), times in UTC, the table in the location, the counterpart in the
 * description and a reminder the day before. Declined meetings and outcomes already recorded are
 * left out: the file is what is still to attend.
 */
export function buildAgendaCalendar(request: AgendaRequest): string {
  const { event, organizationId } = request;
  const mine = request.meetings
    .filter((m) => m.status === 'PROPOSED' || m.status === 'CONFIRMED')
    .filter((m) => m.result.organizationId === organizationId || m.need.organizationId === organizationId)
    .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime() || x.table - y.table);
  const events: EventAttributes[] = mine.map((m) => {
    const weHoldTheResult = m.result.organizationId === organizationId;
    const counterpart = weHoldTheResult ? m.need.organizationName : m.result.organizationName;
    return {
      uid: meetingUid(m.id),
      start: m.startsAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: m.endsAt.getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
      title: `对接洽谈：${m.result.title} × ${m.need.title}`,
      location: `${event.venue ?? '线上'} · 第${m.table}桌 (table ${m.table})`,
      description: [
        `活动：${event.title}`,
        `洽谈对方 / Counterpart：${counterpart}`,
        `成果 / Result：${m.result.title}（${m.result.organizationName}）`,
        `需求 / Need：${m.need.title}（${m.need.organizationName}）`,
        m.status === 'PROPOSED' ? '状态：待确认 (proposed, please respond)' : '状态：已确认 (confirmed)',
      ].join('\n'),
      status: m.status === 'CONFIRMED' ? 'CONFIRMED' : 'TENTATIVE',
      busyStatus: 'BUSY',
      categories: ['产学研对接'],
      // 24 hours rather than 1 day: the library writes a day as "-P1DT", which RFC 5545's grammar rejects.
      alarms: [{ action: 'display', description: `明天：对接洽谈 ${m.result.title} × ${m.need.title}`, trigger: { hours: 24, before: true } }],
    };
  });
  const { error, value } = createEvents(events, { productId: 'techbridge/events', calName: event.title, method: 'PUBLISH' });
  if (error || value === null) throw new AgendaCalendarError(`agenda of event ${event.id} could not be written: ${error?.message ?? 'no output'}`);
  return foldLines(value);
}

/**
 * RFC 5545 §3.1: content lines SHOULD NOT exceed 75 octets. The library folds by characters, so a
 * line of Chinese (3 octets a character) runs far longer; refold by octets, never inside a character.
 */
export function foldLines(calendar: string): string {
  const unfolded = calendar.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const char of line) {
        const size = Buffer.byteLength(char, 'utf8');
        // Continuation lines start with a space, which counts towards their 75 octets.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
