import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { DEMO, api, signIn, tokenFor } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

const LOADED = { timeout: 60_000 };
const SLOT_MINUTES = 5;

/** `YYYY-MM-DDTHH:mm` in Asia/Shanghai (the browser's zone in playwright.config.ts), for a datetime-local input. */
function shanghaiLocal(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function participant(browser: Browser, account: { email: string; password: string }, eventId: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, `/matchmaking/${eventId}`);
  await page.goto(`/matchmaking/${eventId}`);
  return page;
}

const need = (title: string, fieldCode: string, keywords: string[], preferredModes: string[], budget: [string, string]) => ({
  title,
  summary: `${title}：寻求可落地的技术方案与合作团队。`,
  description: '技术指标、验收方式与合作期限面议。',
  keywords,
  fieldCode,
  minTrl: 4,
  budget: { min: budget[0], max: budget[1], negotiable: true },
  preferredModes,
  visibility: 'PUBLIC',
});
const FRESH_NEEDS = [
  need('硫化物固态电解质干法成膜技术引进', 'JL.SSB', ['固态电池', '硫化物电解质', '干法成膜'], ['LICENSE'], ['3000000.00', '8000000.00']),
  need('固态电池电解质膜量产工艺联合开发', 'JL.SSB', ['固态电池', '硫化物电解质', 'solid-state battery'], ['JOINT_DEVELOPMENT'], ['2000000.00', '6000000.00']),
  need('海洋岩藻多糖提取纯化工艺转让', 'HC.MDRUG', ['海洋药物', '岩藻多糖', '提取纯化'], ['TRANSFER', 'LICENSE'], ['800000.00', '1500000.00']),
];

interface ApiMeeting {
  id: string;
  status: string;
  startsAt: string;
  table: number;
  resultAccepted: boolean | null;
  needAccepted: boolean | null;
  dealId: string | null;
}

/**
 * A matchmaking event end to end as people click it: the admin creates and opens an event, the
 * demo university and the demo enterprise register from their own browsers, the admin builds the
 * schedule, the enterprise declines one meeting while the university accepts another, the admin
 * re-runs (the accepted one stays where it was), both sides accept a meeting, the university's
 * agenda downloads and parses with ical.js, and once the meeting has started the admin records it
 * held, which opens a deal.
 */
test('events: create, register from two browsers, schedule, decline, re-run, accept, agenda, outcome opens a deal', async ({ page, browser, baseURL }) => {
  test.setTimeout(15 * 60_000);
  const title = `产学研对接会 ${randomUUID().slice(0, 6)}`;
  // Starts soon: registration closes at the start, and an outcome is recorded only after it.
  const startsAt = new Date(Math.ceil((Date.now() + 4 * 60_000) / 60_000) * 60_000);
  const endsAt = new Date(startsAt.getTime() + 2 * 3600_000);

  // Set-up over the API: the demo enterprise's seeded needs are all in deals already, so it posts
  // three fresh ones close to the demo university's results (an event takes PUBLISHED items only).
  const enterpriseToken = await tokenFor(baseURL!, DEMO.enterprise);
  for (const need of FRESH_NEEDS) {
    const created = await api<{ createNeed: { id: string } }>(
      baseURL!,
      'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
      { input: need },
      enterpriseToken,
    );
    await api(baseURL!, 'mutation ($id: ID!) { publishNeed(id: $id) { id } }', { id: created.createNeed.id }, enterpriseToken);
  }

  await signIn(page, DEMO.admin, '/admin/events');
  await page.goto('/admin/events');
  await expect(page.getByTestId('create-event-form')).toBeVisible(LOADED);
  const form = page.getByTestId('create-event-form');
  await form.getByLabel('活动名称').fill(title);
  for (const code of ['JL.SSB', 'QL.NEV', 'HC.MDRUG']) {
    await form.getByLabel('产业领域').fill(code);
    await page.locator('.ant-select-item-option', { hasText: `(${code})` }).click();
  }
  await page.keyboard.press('Escape');
  await form.getByLabel('开始时间').fill(shanghaiLocal(startsAt));
  await form.getByLabel('结束时间').fill(shanghaiLocal(endsAt));
  await form.getByLabel('地点（线上活动可不填）').fill('科创大厦 3 楼');
  await form.getByLabel('每场洽谈时长（分钟）').fill(String(SLOT_MINUTES));
  await form.getByLabel('洽谈桌数').fill('3');
  await form.getByRole('button', { name: '创建活动' }).click();
  await expect(page).toHaveURL(/\/admin\/events\/[0-9a-f-]{36}$/, LOADED);
  const eventId = page.url().split('/').pop()!;
  await expect(page.getByTestId('event-status')).toHaveText('草稿', LOADED);
  await page.getByRole('button', { name: '发布并开放报名' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('报名中', LOADED);

  // Each participant registers everything it may bring, from its own browser.
  const researcher = await participant(browser, DEMO.researcher, eventId);
  const enterprise = await participant(browser, DEMO.enterprise, eventId);
  for (const side of [researcher, enterprise]) {
    const registration = side.getByTestId('registration-form');
    await expect(registration.getByRole('checkbox').first()).toBeVisible(LOADED);
    for (const box of await registration.getByRole('checkbox').all()) await box.check();
    await registration.getByRole('button', { name: '提交报名' }).click();
    await expect(side.getByText('报名已提交')).toBeVisible(LOADED);
    await expect(side.getByText('已报名', { exact: true })).toBeVisible(LOADED);
  }
  await captureAndCheck(enterprise, 'participant-event-registered');

  // The admin sees both registrations and builds the schedule.
  await page.reload();
  await expect(page.getByTestId('registration')).toHaveCount(2, LOADED);
  await page.getByRole('button', { name: '生成洽谈日程' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已排期', LOADED);
  const grid = page.getByTestId('schedule-grid');
  await expect(grid.getByTestId('meeting').first()).toBeVisible(LOADED);
  await captureAndCheck(page, 'admin-event-schedule');

  const admin = await tokenFor(baseURL!, DEMO.admin);
  const meetingsNow = async (): Promise<ApiMeeting[]> =>
    (
      await api<{ event: { meetings: ApiMeeting[] } }>(
        baseURL!,
        'query ($id: ID!) { event(id: $id) { meetings { id status startsAt table resultAccepted needAccepted dealId } } }',
        { id: eventId },
        admin,
      )
    ).event.meetings;
  const first = await meetingsNow();
  expect(first.length, 'the demo pairs give at least two meetings').toBeGreaterThanOrEqual(2);
  await expect(grid.getByTestId('meeting')).toHaveCount(first.length);

  // The enterprise declines the earliest meeting; the university accepts the second one.
  const [declined, kept] = first;
  await enterprise.reload();
  const declinedCard = enterprise.locator(`[data-meeting-id="${declined.id}"]`);
  await declinedCard.getByRole('button', { name: /拒\s*绝/ }).click();
  await expect(declinedCard).toHaveAttribute('data-status', 'DECLINED', LOADED);
  await researcher.reload();
  const keptCard = researcher.locator(`[data-meeting-id="${kept.id}"]`);
  await keptCard.getByRole('button', { name: /接\s*受/ }).click();
  await expect(keptCard.getByText('成果方 已接受')).toBeVisible(LOADED);
  await captureAndCheck(researcher, 'participant-event-meetings');

  // Re-run: the accepted meeting stays where it was, the declined pair is not proposed again.
  await page.reload();
  await page.getByRole('button', { name: '重新排程（保留已接受的洽谈）' }).click();
  await expect(page.getByText(/日程已生成/)).toBeVisible(LOADED);
  const second = await meetingsNow();
  const keptAfter = second.find((meeting) => meeting.id === kept.id);
  expect(keptAfter).toMatchObject({ startsAt: kept.startsAt, table: kept.table, resultAccepted: true });
  expect(second.filter((meeting) => meeting.id === declined.id)).toEqual([expect.objectContaining({ status: 'DECLINED' })]);

  // Both sides accept the earliest live meeting (the one the university accepted, or one placed earlier by the re-run).
  const target = second.filter((meeting) => meeting.status === 'PROPOSED').sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.table - b.table)[0];
  expect(target, 'a proposed meeting after the re-run').toBeTruthy();
  for (const side of [researcher, enterprise]) {
    await side.reload();
    const card = side.locator(`[data-meeting-id="${target.id}"]`);
    await expect(card).toBeVisible(LOADED);
    const accept = card.getByRole('button', { name: /接\s*受/ });
    if (await accept.count()) await accept.click();
  }
  await enterprise.reload();
  await expect(enterprise.locator(`[data-meeting-id="${target.id}"]`)).toHaveAttribute('data-status', 'CONFIRMED', LOADED);

  // The university's agenda: an iCalendar file with one VEVENT per meeting still to attend.
  await researcher.reload();
  const downloading = researcher.waitForEvent('download');
  await researcher.getByRole('button', { name: '下载日程（.ics）' }).click();
  const file = await (await downloading).path();
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  const vevents = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const researcherOrg = (
    await api<{ me: { organization: { id: string } } }>(baseURL!, '{ me { organization { id } } }', {}, await tokenFor(baseURL!, DEMO.researcher))
  ).me.organization.id;
  const mine = (
    await api<{ event: { meetings: (ApiMeeting & { result: { owner: { id: string } }; need: { enterprise: { id: string } } })[] } }>(
      baseURL!,
      'query ($id: ID!) { event(id: $id) { meetings { id status startsAt table resultAccepted needAccepted dealId result { owner { id } } need { enterprise { id } } } } }',
      { id: eventId },
      admin,
    )
  ).event.meetings.filter(
    (m) => (m.status === 'PROPOSED' || m.status === 'CONFIRMED') && (m.result.owner.id === researcherOrg || m.need.enterprise.id === researcherOrg),
  );
  expect(vevents.map((event) => event.uid).sort()).toEqual(mine.map((m) => `meeting-${m.id}@techbridge`).sort());
  const confirmed = vevents.find((event) => event.uid === `meeting-${target.id}@techbridge`)!;
  expect(confirmed.startDate.toJSDate().toISOString()).toBe(new Date(target.startsAt).toISOString());
  expect(confirmed.component.getFirstPropertyValue('status')).toBe('CONFIRMED');

  // After the meeting starts the admin records it held and opens a deal.
  const wait = Date.parse(target.startsAt) - Date.now() + 2_000;
  if (wait > 0) await page.waitForTimeout(wait);
  await page.reload();
  const row = page.getByTestId('outcome-row').filter({ has: page.locator(`[data-meeting-id="${target.id}"]`) });
  await row.getByRole('button', { name: '已举行并开启交易' }).click();
  await expect(page.getByText('已记录洽谈结果')).toBeVisible(LOADED);
  await expect(row.getByTestId('meeting-deal')).toBeVisible(LOADED);
  const held = (await meetingsNow()).find((meeting) => meeting.id === target.id)!;
  expect(held.status).toBe('HELD');
  expect(held.dealId).toMatch(/^[0-9a-f-]{36}$/);
  await captureAndCheck(page, 'admin-event-outcome');
  await page.goto('/admin/events');
  await expect(page.getByTestId('admin-event-row').filter({ hasText: title })).toBeVisible(LOADED);
  await captureAndCheck(page, 'admin-events');
  await page.goto(`/admin/events/${eventId}`);
  await row.getByTestId('meeting-deal').click();
  await expect(page).toHaveURL(new RegExp(`/deals/${held.dealId}$`));
  await expect(page.getByTestId('deal-stage')).toHaveText('已引荐', LOADED);
});
