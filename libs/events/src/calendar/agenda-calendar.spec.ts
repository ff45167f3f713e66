import { agendaFileName, AgendaMeeting, buildAgendaCalendar, foldLines, meetingUid } from './agenda-calendar';
import { CalendarComponent, calendarProp, readCalendar, unescapeText } from './ics-reader';

/** Reader strictness the spec relies on: a CRLF at the end, balanced components. */
function parseCalendar(text: string): CalendarComponent {
  expect(text.endsWith('\r\n')).toBe(true);
  return readCalendar(text);
}

const prop = calendarProp;
const unescape = unescapeText;
const utc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const uni = { organizationId: 'org-uni', organizationName: '东华理工大学' };
const car = { organizationId: 'org-car', organizationName: '江铃汽车股份有限公司; 研究院, 二部' };
const lab = { organizationId: 'org-lab', organizationName: '省稀土功能材料创新平台' };

const meetings: AgendaMeeting[] = [
  {
    id: 'm-2',
    startsAt: new Date('2026-03-18T02:00:00Z'),
    endsAt: new Date('2026-03-18T02:20:00Z'),
    table: 7,
    status: 'CONFIRMED',
    result: { ...uni, title: '高强度碳纤维复合材料低成本连续成型工艺及其在汽车轻量化中的应用' },
    need: { ...car, title: '新能源车身轻量化' },
  },
  {
    id: 'm-1',
    startsAt: new Date('2026-03-18T01:00:00Z'),
    endsAt: new Date('2026-03-18T01:20:00Z'),
    table: 2,
    status: 'PROPOSED',
    result: { ...lab, title: '稀土永磁电机' },
    need: { ...uni, title: '实验室电机测试台' },
  },
  {
    id: 'm-3',
    startsAt: new Date('2026-03-18T03:00:00Z'),
    endsAt: new Date('2026-03-18T03:20:00Z'),
    table: 1,
    status: 'DECLINED',
    result: { ...uni, title: 'A' },
    need: { ...car, title: 'B' },
  },
  {
    id: 'm-4',
    startsAt: new Date('2026-03-18T03:00:00Z'),
    endsAt: new Date('2026-03-18T03:20:00Z'),
    table: 2,
    status: 'CONFIRMED',
    result: { ...lab, title: 'C' },
    need: { ...car, title: 'D' },
  },
];

describe('buildAgendaCalendar', () => {
  const text = buildAgendaCalendar({ event: { id: 'ev-1', title: '新材料产学研对接会', venue: '南昌市科技大厦三楼' }, organizationId: 'org-uni', meetings });
  const calendar = parseCalendar(text);

  it('is one VCALENDAR 2.0 with a product id', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.children.map((c) => c.name)).toEqual(['VCALENDAR']);
    expect(prop(calendar.children[0], 'VERSION')).toBe('2.0');
    expect(prop(calendar.children[0], 'PRODID')).toBe('techbridge/events');
  });

  it("has one VEVENT per meeting of the organization, on either side, in time order; declined and others' meetings left out", () => {
    const events = calendar.children[0].children;
    expect(events.map((e) => e.name)).toEqual(['VEVENT', 'VEVENT']);
    expect(events.map((e) => prop(e, 'UID'))).toEqual([meetingUid('m-1'), meetingUid('m-2')]);
    expect(events.map((e) => prop(e, 'DTSTART'))).toEqual([utc('2026-03-18T01:00:00.000Z'), utc('2026-03-18T02:00:00.000Z')]);
    expect(events.map((e) => prop(e, 'DTEND'))).toEqual(['20260318T012000Z', '20260318T022000Z']);
    expect(events.map((e) => prop(e, 'STATUS'))).toEqual(['TENTATIVE', 'CONFIRMED']);
  });

  it('titles, places and describes each meeting, with the counterpart named', () => {
    const [proposed, confirmed] = calendar.children[0].children;
    expect(unescape(prop(confirmed, 'SUMMARY')!)).toBe('对接洽谈：高强度碳纤维复合材料低成本连续成型工艺及其在汽车轻量化中的应用 × 新能源车身轻量化');
    expect(unescape(prop(confirmed, 'LOCATION')!)).toBe('南昌市科技大厦三楼 · 第7桌 (table 7)');
    const description = unescape(prop(confirmed, 'DESCRIPTION')!);
    expect(description).toContain('洽谈对方 / Counterpart：江铃汽车股份有限公司; 研究院, 二部');
    expect(description.split('\n')[0]).toBe('活动：新材料产学研对接会');
    expect(unescape(prop(proposed, 'DESCRIPTION')!)).toContain('Counterpart：省稀土功能材料创新平台');
  });

  it('reminds the day before', () => {
    for (const event of calendar.children[0].children) {
      const alarms = event.children.filter((c) => c.name === 'VALARM');
      expect(alarms).toHaveLength(1);
      expect(prop(alarms[0], 'TRIGGER')).toBe('-PT24H');
      expect(prop(alarms[0], 'ACTION')).toBe('DISPLAY');
    }
  });

  it('keeps every content line within 75 octets and ends lines with CRLF', () => {
    const physical = text.split('\r\n').slice(0, -1);
    expect(physical.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes an online meeting without a venue, and an empty agenda as a calendar without events', () => {
    const online = parseCalendar(
      buildAgendaCalendar({ event: { id: 'ev-2', title: '线上专场', venue: null }, organizationId: 'org-car', meetings: [meetings[3]] }),
    );
    expect(unescape(prop(online.children[0].children[0], 'LOCATION')!)).toBe('线上 · 第2桌 (table 2)');
    const empty = parseCalendar(buildAgendaCalendar({ event: { id: 'ev-3', title: '空', venue: null }, organizationId: 'nobody', meetings }));
    expect(empty.children[0].children).toEqual([]);
  });

  it('names the download file after the event', () => {
    expect(agendaFileName('ev-1')).toBe('techbridge-event-ev-1.ics');
  });
});

describe('foldLines', () => {
  it('refolds by octets without splitting a character and unfolds back to the same text', () => {
    const long = `SUMMARY:${'对接'.repeat(60)}`;
    const folded = foldLines(`BEGIN:X\r\n${long}\r\nEND:X\r\n`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(lines.length).toBeGreaterThan(4);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:X\r\n${long}\r\nEND:X\r\n`);
  });
});
