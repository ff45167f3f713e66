import { Clock } from '@techbridge/brokerage';
import { calendarProp, EVENT_REMINDER_QUEUE, EventReminders, MeetingReminderCheck, readCalendar } from '@techbridge/events';
import { DataSource } from 'typeorm';

import { certifiedBroker } from '../brokerage/brokerage-helpers';
import { publishedNeed, publishedResult } from '../catalog/catalog-fixtures';
import { createAdmin, errorCode, eventually, registerAccount, SignedIn, startTestApp, TestApp } from '../support';

const FLOOR = 10;
const HOUR = 3600_000;

const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { id status capacity registrationDeadline } }`;
const OPEN = `mutation($id: ID!) { openEvent(id: $id) { id status } }`;
const REGISTER = `mutation($eventId: ID!, $input: EventRegistrationInput!) { registerForEvent(eventId: $eventId, input: $input) { id registeredOrganizations } }`;
const SCHEDULE = `mutation($id: ID!) { scheduleEvent(id: $id) { id status } }`;
const COMPLETE = `mutation($id: ID!) { completeEvent(id: $id) { id status } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToMeeting(meetingId: $id, accept: $accept) { id status resultAccepted needAccepted } }`;
const OUTCOME = `mutation($id: ID!, $held: Boolean!, $openDeal: Boolean!) { recordMeetingOutcome(meetingId: $id, held: $held, openDeal: $openDeal) { id status dealId } }`;
const MEETING_FIELDS = `id startsAt endsAt table score status dealId result { id owner { id } } need { id enterprise { id } }`;
const EVENT = `query($id: ID!) { event(id: $id) { id title status agendaUrl registeredOrganizations
  registrations { organization { id } results { id } needs { id } } meetings { ${MEETING_FIELDS} } } }`;
const EVENTS = `query($first: Int, $after: String) { events(first: $first, after: $after) { totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
const VERIFY = `mutation($id: ID!) { verifyOrganization(id: $id) { id verified } }`;

interface Meeting {
  id: string;
  startsAt: string;
  endsAt: string;
  table: number;
  score: number;
  status: string;
  dealId: string | null;
  result: { id: string; owner: { id: string } };
  need: { id: string; enterprise: { id: string } };
}

const TOPICS = [
  ['固态电池电解质膜', '硫化物固态电解质薄膜连续制备工艺', ['固态电池', '电解质']],
  ['动力电池热管理', '液冷板与相变材料结合的电池包热管理方案', ['热管理', '动力电池']],
  ['锂电池回收', '退役动力电池梯次利用与湿法回收工艺', ['电池回收', '梯次利用']],
  ['高镍正极材料', '高镍三元正极材料包覆改性与量产工艺', ['正极材料', '高镍']],
] as const;

/**
 * Matchmaking events over HTTP with the worker running: registration rules, scheduling with
 * scores from the matching scorer, answers and re-scheduling, outcomes opening deals, the agenda
 * download and the reminder job. Time-dependent rules read the injectable Clock, moved by spying.
 */
describe('matchmaking events', () => {
  let t: TestApp;
  let db: DataSource;
  let clock: Clock;
  let admin: SignedIn;
  const universities: SignedIn[] = [];
  const enterprises: SignedIn[] = [];
  const resultIds: string[] = [];
  const needIds: string[] = [];
  let eventId: string;
  const startsAt = new Date(Math.ceil((Date.now() + 3 * 24 * HOUR) / HOUR) * HOUR);

  const eventInput = (over: Record<string, unknown> = {}) => ({
    title: '新能源电池产学研对接会',
    fieldCodes: ['JL.SSB'],
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
    venue: '科技大厦三楼',
    slotMinutes: 20,
    tables: 2,
    ...over,
  });
  const meetingsOf = async (token?: string): Promise<Meeting[]> => {
    const response = await t.gql(EVENT, { id: eventId }, token);
    if (!response.data?.event) throw new Error(JSON.stringify(response.errors));
    return response.data.event.meetings as Meeting[];
  };
  const live = (meetings: Meeting[]) => meetings.filter((m) => m.status !== 'DECLINED');
  const partyOf = (m: Meeting, side: 'result' | 'need'): SignedIn => {
    const org = side === 'result' ? m.result.owner.id : m.need.enterprise.id;
    return [...universities, ...enterprises].find((a) => a.organizationId === org)!;
  };
  const expectSound = (meetings: Meeting[]) => {
    const seen = new Set<string>();
    const perSlot = new Map<string, number>();
    for (const m of live(meetings)) {
      for (const org of [m.result.owner.id, m.need.enterprise.id]) {
        const mark = `${org}@${m.startsAt}`;
        expect(seen.has(mark)).toBe(false);
        seen.add(mark);
      }
      const tableMark = `#${m.table}@${m.startsAt}`;
      expect(seen.has(tableMark)).toBe(false);
      seen.add(tableMark);
      perSlot.set(m.startsAt, (perSlot.get(m.startsAt) ?? 0) + 1);
      expect(m.table).toBeGreaterThanOrEqual(1);
      expect(m.table).toBeLessThanOrEqual(2);
      expect(m.score).toBeGreaterThanOrEqual(FLOOR);
      expect(new Date(m.startsAt).getTime()).toBeGreaterThanOrEqual(startsAt.getTime());
      expect(new Date(m.endsAt).getTime()).toBeLessThanOrEqual(startsAt.getTime() + HOUR);
    }
    for (const count of perSlot.values()) expect(count).toBeLessThanOrEqual(2);
    const pairs = live(meetings).map((m) => `${m.result.id}/${m.need.id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  };

  beforeAll(async () => {
    t = await startTestApp({ worker: true, env: { EVENT_SCORE_FLOOR: String(FLOOR), EVENT_MAX_MEETINGS_PER_ORG: '6' } });
    db = t.app.get(DataSource);
    clock = t.app.get(Clock);
    admin = await createAdmin(t);
    await certifiedBroker(t, admin, ['JL.SSB'], { capacity: 5 });
    for (const [index, [title, summary, keywords]] of TOPICS.entries()) {
      const university = await registerAccount(t, 'UNIVERSITY');
      const enterprise = await registerAccount(t, 'ENTERPRISE');
      for (const account of [university, enterprise]) expect((await t.gql(VERIFY, { id: account.organizationId }, admin.token)).errors).toBeUndefined();
      universities.push(university);
      enterprises.push(enterprise);
      resultIds.push(await publishedResult(t, university, admin, { title: `${title}技术`, summary, keywords: [...keywords], patents: [] }));
      needIds.push(
        await publishedNeed(t, enterprise, {
          title: `${TOPICS[(index + 1) % 4][0]}需求`,
          summary: TOPICS[(index + 1) % 4][1],
          keywords: [...TOPICS[(index + 1) % 4][2]],
        }),
      );
    }
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets only administrators create events, with known field codes; drafts stay hidden and cannot be scheduled', async () => {
    const denied = await t.gql(CREATE, { input: eventInput() }, universities[0].token);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    const badField = await t.gql(CREATE, { input: eventInput({ fieldCodes: ['XX.NOPE'] }) }, admin.token);
    expect(errorCode(badField)).toBe('BAD_USER_INPUT');
    expect(badField.errors?.[0].extensions?.fields).toHaveProperty(['input.fieldCodes']);
    const tooShort = await t.gql(CREATE, { input: eventInput({ endsAt: new Date(startsAt.getTime() + 10 * 60_000).toISOString() }) }, admin.token);
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');

    const created = await t.gql(CREATE, { input: eventInput() }, admin.token);
    expect(created.data?.createEvent.status).toBe('DRAFT');
    eventId = created.data!.createEvent.id as string;
    expect((await t.gql(EVENT, { id: eventId })).data?.event).toBeNull();
    expect((await t.gql(EVENT, { id: eventId }, universities[0].token)).data?.event).toBeNull();
    expect((await t.gql(EVENT, { id: eventId }, admin.token)).data?.event.status).toBe('DRAFT');
    expect(errorCode(await t.gql(REGISTER, { eventId, input: { resultIds: [resultIds[0]] } }, universities[0].token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(SCHEDULE, { id: eventId }, admin.token))).toBe('CONFLICT');
    expect(errorCode(await t.gql(OPEN, { id: eventId }, universities[0].token))).toBe('FORBIDDEN');
    expect((await t.gql(OPEN, { id: eventId }, admin.token)).data?.openEvent.status).toBe('OPEN');
    expect(errorCode(await t.gql(OPEN, { id: eventId }, admin.token))).toBe('CONFLICT');

    const listed = await t.gql(EVENTS, { first: 10 });
    expect(listed.data?.events.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(eventId);
  });

  it('registers verified organizations with their own published items only; registering again replaces the lists', async () => {
    const unverified = await registerAccount(t, 'UNIVERSITY');
    expect(errorCode(await t.gql(REGISTER, { eventId, input: { resultIds: [resultIds[0]] } }, unverified.token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REGISTER, { eventId, input: { resultIds: [resultIds[1]] } }, universities[0].token))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REGISTER, { eventId, input: { resultIds: ['nope'] } }, universities[0].token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(REGISTER, { eventId, input: {} }, universities[0].token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(REGISTER, { eventId, input: { resultIds: [resultIds[0]] } }))).toBe('UNAUTHENTICATED');

    // Registering again (below) leaves one registration per organization.
    const first = await t.gql(REGISTER, { eventId, input: { needIds: [], resultIds: [resultIds[0]] } }, universities[0].token);
    expect(first.data?.registerForEvent.registeredOrganizations).toBe(1);
    for (const [i, university] of universities.entries()) {
      const response = await t.gql(REGISTER, { eventId, input: { resultIds: [resultIds[i]] } }, university.token);
      expect(response.errors).toBeUndefined();
    }
    for (const [i, enterprise] of enterprises.entries()) {
      const response = await t.gql(REGISTER, { eventId, input: { needIds: [needIds[i]] } }, enterprise.token);
      expect(response.errors).toBeUndefined();
    }
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM event_registration WHERE event_id = $1`, [eventId]);
    expect(count).toBe(8);

    const asAdmin = (await t.gql(EVENT, { id: eventId }, admin.token)).data!.event;
    expect(asAdmin.registrations).toHaveLength(8);
    expect(asAdmin.registeredOrganizations).toBe(8);
    const asMember = (await t.gql(EVENT, { id: eventId }, universities[1].token)).data!.event;
    expect(asMember.registrations).toEqual([{ organization: { id: universities[1].organizationId }, results: [{ id: resultIds[1] }], needs: [] }]);
    expect(asMember.agendaUrl).toBe(`/events/${eventId}/agenda.ics`);
    const anonymous = (await t.gql(EVENT, { id: eventId })).data!.event;
    expect(anonymous.registrations).toEqual([]);
    expect(anonymous.registeredOrganizations).toBe(8);
    expect(anonymous.agendaUrl).toBeNull();
  });

  it('enforces the capacity and the registration deadline', async () => {
    const full = await t.gql(CREATE, { input: eventInput({ title: '小型专场', capacity: 1 }) }, admin.token);
    const fullId = full.data!.createEvent.id as string;
    await t.gql(OPEN, { id: fullId }, admin.token);
    expect((await t.gql(REGISTER, { eventId: fullId, input: { resultIds: [resultIds[0]] } }, universities[0].token)).errors).toBeUndefined();
    expect(errorCode(await t.gql(REGISTER, { eventId: fullId, input: { resultIds: [resultIds[1]] } }, universities[1].token))).toBe('CONFLICT');
    // The registered organization may still change its lists.
    expect((await t.gql(REGISTER, { eventId: fullId, input: { resultIds: [resultIds[0]] } }, universities[0].token)).errors).toBeUndefined();

    const closed = await t.gql(
      CREATE,
      { input: eventInput({ title: '已截止专场', registrationDeadline: new Date(Date.now() - HOUR).toISOString() }) },
      admin.token,
    );
    const closedId = closed.data!.createEvent.id as string;
    await t.gql(OPEN, { id: closedId }, admin.token);
    expect(errorCode(await t.gql(REGISTER, { eventId: closedId, input: { resultIds: [resultIds[0]] } }, universities[0].token))).toBe('CONFLICT');
    const late = await t.gql(
      CREATE,
      { input: eventInput({ title: '截止晚于开始', registrationDeadline: new Date(startsAt.getTime() + HOUR).toISOString() }) },
      admin.token,
    );
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
  });

  it('schedules 4 results × 4 needs: nobody double-booked, tables respected, every score over the floor', async () => {
    expect(errorCode(await t.gql(SCHEDULE, { id: eventId }, universities[0].token))).toBe('FORBIDDEN');
    const scheduled = await t.gql(SCHEDULE, { id: eventId }, admin.token);
    expect(scheduled.data?.scheduleEvent.status).toBe('SCHEDULED');
    const meetings = await meetingsOf(admin.token);
    // 3 slots × 2 tables, each organization at most once a slot.
    expect(meetings).toHaveLength(6);
    expectSound(meetings);
    expect(meetings.every((m) => m.status === 'PROPOSED')).toBe(true);

    // A member sees only its own organization's meetings; an anonymous caller none.
    const mine = await meetingsOf(universities[0].token);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => m.result.owner.id === universities[0].organizationId)).toBe(true);
    expect(await meetingsOf()).toEqual([]);
  });

  it('confirms a meeting once both sides accept; a decline frees its slot and a re-run fills it without moving confirmed meetings', async () => {
    const before = await meetingsOf(admin.token);
    const [toDecline, ...toConfirm] = before;
    const outsider = await registerAccount(t, 'ENTERPRISE');
    expect(errorCode(await t.gql(RESPOND, { id: toDecline.id, accept: true }, outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(RESPOND, { id: toDecline.id, accept: true }, admin.token))).toBe('FORBIDDEN');

    for (const m of toConfirm) {
      const half = await t.gql(RESPOND, { id: m.id, accept: true }, partyOf(m, 'result').token);
      expect(half.data?.respondToMeeting).toMatchObject({ status: 'PROPOSED', resultAccepted: true, needAccepted: null });
      const both = await t.gql(RESPOND, { id: m.id, accept: true }, partyOf(m, 'need').token);
      expect(both.data?.respondToMeeting.status).toBe('CONFIRMED');
    }
    const declined = await t.gql(RESPOND, { id: toDecline.id, accept: false }, partyOf(toDecline, 'need').token);
    expect(declined.data?.respondToMeeting.status).toBe('DECLINED');
    expect(errorCode(await t.gql(RESPOND, { id: toDecline.id, accept: true }, partyOf(toDecline, 'result').token))).toBe('CONFLICT');

    await t.gql(SCHEDULE, { id: eventId }, admin.token);
    const after = await meetingsOf(admin.token);
    expectSound(after);
    expect(live(after)).toHaveLength(6);
    for (const m of toConfirm) {
      expect(after.find((a) => a.id === m.id)).toMatchObject({ status: 'CONFIRMED', startsAt: m.startsAt, table: m.table });
    }
    const filler = after.find((m) => m.status === 'PROPOSED')!;
    expect(filler).toMatchObject({ startsAt: toDecline.startsAt, table: toDecline.table });
    expect(`${filler.result.id}/${filler.need.id}`).not.toBe(`${toDecline.result.id}/${toDecline.need.id}`);
    // The declined pair stays declined and is not proposed again.
    expect(after.filter((m) => m.result.id === toDecline.result.id && m.need.id === toDecline.need.id).map((m) => m.status)).toEqual(['DECLINED']);
  });

  it('downloads the agenda as an iCalendar file for a registered organization only', async () => {
    const university = universities[0];
    const { agendaUrl } = (await t.gql(EVENT, { id: eventId }, university.token)).data!.event;
    const response = await fetch(`${t.url}${agendaUrl}`, { headers: { authorization: `Bearer ${university.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(response.headers.get('content-disposition')).toContain(`techbridge-event-${eventId}.ics`);
    const calendar = readCalendar(await response.text());
    const vevents = calendar.children[0].children.filter((c) => c.name === 'VEVENT');
    const expected = live(await meetingsOf(university.token)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    expect(vevents.map((e) => calendarProp(e, 'UID'))).toEqual(expected.map((m) => `meeting-${m.id}@techbridge`));
    expect(vevents.map((e) => calendarProp(e, 'DTSTART'))).toEqual(expected.map((m) => m.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')));

    expect((await fetch(`${t.url}${agendaUrl}`)).status).toBe(401);
    const outsider = await registerAccount(t, 'UNIVERSITY');
    const refused = await fetch(`${t.url}${agendaUrl}`, { headers: { authorization: `Bearer ${outsider.token}` } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect((await fetch(`${t.url}/events/not-a-uuid/agenda.ics`, { headers: { authorization: `Bearer ${university.token}` } })).status).toBe(400);
  });

  it("queues a reminder the day before each participant's first meeting, which notifies its members", async () => {
    const meetings = live(await meetingsOf(admin.token));
    const university = universities.find((u) => meetings.some((m) => m.result.owner.id === u.organizationId))!;
    const first = meetings
      .filter((m) => m.result.owner.id === university.organizationId)
      .map((m) => m.startsAt)
      .sort()[0];
    const job = await eventually(async () => {
      const rows: { start_after: Date; data: { payload: MeetingReminderCheck } }[] = await db.query(
        `SELECT start_after, data FROM pgboss.job WHERE name = $1 AND data->'payload'->>'organizationId' = $2 AND data->'payload'->>'firstStartsAt' = $3`,
        [EVENT_REMINDER_QUEUE, university.organizationId, new Date(first).toISOString()],
      );
      return rows[0];
    });
    expect(job.start_after.getTime()).toBe(new Date(first).getTime() - 24 * HOUR);

    const reminders = t.app.get(EventReminders);
    expect(await reminders.remind(job.data.payload)).toBe('not-due-yet');
    jest.spyOn(clock, 'now').mockReturnValue(new Date(new Date(first).getTime() - 23 * HOUR));
    expect(await reminders.remind(job.data.payload)).toBe('reminded');
    expect(await reminders.remind(job.data.payload)).toBe('reminded');
    const all: { kind: string; body: string }[] = await db.query(`SELECT kind, body FROM notification WHERE recipient_id = $1`, [university.userId]);
    // Scheduling also told the university of the meetings proposed to it (waiting for its answer).
    expect(all.filter((note) => note.kind === 'MEETING_PROPOSED').length).toBeGreaterThan(0);
    const notes = all.filter((note) => note.kind !== 'MEETING_PROPOSED');
    expect(notes).toHaveLength(1);
    expect(notes[0].kind).toBe('EVENT_MEETING_REMINDER');
    expect(notes[0].body).toContain(`/events/${eventId}/agenda.ics`);
  });

  it('records outcomes after the start: a held meeting with openDeal opens a deal with a broker', async () => {
    const confirmed = (await meetingsOf(admin.token)).find((m) => m.status === 'CONFIRMED')!;
    const party = partyOf(confirmed, 'need');
    expect(errorCode(await t.gql(OUTCOME, { id: confirmed.id, held: true, openDeal: true }, party.token))).toBe('CONFLICT');

    jest.spyOn(clock, 'now').mockReturnValue(new Date(new Date(confirmed.startsAt).getTime() + 5 * 60_000));
    expect(errorCode(await t.gql(OUTCOME, { id: confirmed.id, held: false, openDeal: true }, party.token))).toBe('BAD_USER_INPUT');
    const outsider = await registerAccount(t, 'ENTERPRISE');
    expect(errorCode(await t.gql(OUTCOME, { id: confirmed.id, held: true, openDeal: true }, outsider.token))).toBe('NOT_FOUND');
    const proposed = (await meetingsOf(admin.token)).find((m) => m.status === 'PROPOSED')!;
    expect(errorCode(await t.gql(OUTCOME, { id: proposed.id, held: true, openDeal: false }, admin.token))).toBe('CONFLICT');

    const held = await t.gql(OUTCOME, { id: confirmed.id, held: true, openDeal: true }, party.token);
    expect(held.data?.recordMeetingOutcome.status).toBe('HELD');
    const dealId = held.data?.recordMeetingOutcome.dealId as string;
    const [deal] = await db.query(`SELECT result_id, need_id, owner_org_id, enterprise_org_id, broker_id, stage FROM deal WHERE id = $1`, [dealId]);
    expect(deal).toMatchObject({
      result_id: confirmed.result.id,
      need_id: confirmed.need.id,
      owner_org_id: confirmed.result.owner.id,
      enterprise_org_id: confirmed.need.enterprise.id,
      stage: 'INTRODUCED',
    });
    expect(deal.broker_id).not.toBeNull();
    expect(errorCode(await t.gql(OUTCOME, { id: confirmed.id, held: true, openDeal: false }, admin.token))).toBe('CONFLICT');

    const other = (await meetingsOf(admin.token)).find((m) => m.status === 'CONFIRMED')!;
    jest.spyOn(clock, 'now').mockReturnValue(new Date(new Date(other.startsAt).getTime() + 60_000));
    expect((await t.gql(OUTCOME, { id: other.id, held: false, openDeal: false }, admin.token)).data?.recordMeetingOutcome).toMatchObject({
      status: 'NO_SHOW',
      dealId: null,
    });
  });

  it('lets administrators complete an event once it has begun, and queues the completion job at its end', async () => {
    expect(errorCode(await t.gql(COMPLETE, { id: eventId }, admin.token))).toBe('CONFLICT');
    const queued = await eventually(async () => {
      const rows: { start_after: Date }[] = await db.query(
        `SELECT start_after FROM pgboss.job WHERE name = 'events.complete' AND data->'payload'->>'eventId' = $1`,
        [eventId],
      );
      return rows[0];
    });
    expect(queued.start_after.getTime()).toBe(startsAt.getTime() + HOUR);
    jest.spyOn(clock, 'now').mockReturnValue(new Date(startsAt.getTime() + 10 * 60_000));
    expect(errorCode(await t.gql(COMPLETE, { id: eventId }, universities[0].token))).toBe('FORBIDDEN');
    expect((await t.gql(COMPLETE, { id: eventId }, admin.token)).data?.completeEvent.status).toBe('COMPLETED');
    expect(errorCode(await t.gql(SCHEDULE, { id: eventId }, admin.token))).toBe('CONFLICT');
  });
});
