import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO, api, signIn, tokenFor } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

const LOADED = { timeout: 60_000 };
const CHARTS = 7;

interface Figure {
  key: string;
  value: string;
  actual: number;
  target: number | null;
}
interface Report {
  kpis: {
    year: number;
    figures: Figure[];
    funnel: { stages: { key: string; count: number }[]; medianDaysToContract: number | null; medianDaysToFirstBrokerContact: number | null };
  };
}
const KPIS = `query ($year: Int!) { kpis(year: $year) { year figures { key value actual target } funnel { stages { key count } medianDaysToContract medianDaysToFirstBrokerContact } } }`;

function shanghaiYear(): number {
  return Number(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
}

async function chartsDrawn(page: Page): Promise<void> {
  await expect(page.locator('[data-chart][data-rendered="true"]')).toHaveCount(CHARTS, LOADED);
}

/** Every figure card and funnel row shows what kpis(year) answers over HTTP for the same caller. */
async function expectFiguresOf(page: Page, report: Report['kpis']): Promise<void> {
  for (const figure of report.figures) {
    const card = page.getByTestId(`figure-${figure.key}`);
    await expect(card).toHaveAttribute('data-value', figure.value);
    if (figure.key !== 'contractTurnover') await expect(card.getByTestId('figure-value')).toHaveText(figure.actual.toLocaleString('zh-CN'));
  }
  for (const stage of report.funnel.stages) await expect(page.getByTestId(`funnel-${stage.key}`)).toHaveText(stage.count.toLocaleString('zh-CN'));
}

async function download(page: Page, button: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return (await downloading).path();
}

/**
 * The scoreboard as the demo admin (the city, targets, exports) and as an organization member
 * and a broker (their own scope): the figures equal kpis(year) from the API, the funnel's median
 * days deal → contract is never negative, the report exports parse with papaparse (CSV) and
 * read-excel-file (XLSX, written by exceljs) to the same figures.
 */
test('scoreboard: figures equal kpis(year), targets, funnel, charts, CSV and XLSX exports, own scopes', async ({ page, browser, baseURL }) => {
  test.setTimeout(10 * 60_000);
  const year = shanghaiYear();
  const admin = await tokenFor(baseURL!, DEMO.admin);
  await signIn(page, DEMO.admin, '/admin/scoreboard');
  await page.goto('/admin/scoreboard');
  await chartsDrawn(page);
  const city = (await api<Report>(baseURL!, KPIS, { year }, admin)).kpis;
  await expectFiguresOf(page, city);
  const medianContract = city.funnel.medianDaysToContract;
  if (medianContract !== null) expect(medianContract).toBeGreaterThanOrEqual(0);
  // The seed's four targets are shown with their progress.
  for (const key of ['majorResultsSelected', 'industrialProjects', 'needsLinked', 'eventsHeld']) {
    const figure = city.figures.find((candidate) => candidate.key === key)!;
    expect(figure.target, key).not.toBeNull();
    await expect(page.getByTestId(`figure-${key}`).getByTestId('figure-target')).toHaveAttribute('data-target', String(figure.target));
  }
  await captureAndCheck(page, 'admin-scoreboard');

  // A turnover target set in the form reaches the server and the card.
  const targets = page.getByTestId('targets-form');
  await targets.getByLabel('技术合同成交额（元）').fill('50000000');
  await targets.getByRole('button', { name: '保存目标' }).click();
  await expect(page.getByText('目标已保存')).toBeVisible(LOADED);
  await expect(page.getByTestId('figure-contractTurnover').getByTestId('figure-target')).toHaveAttribute('data-target', '50000000', LOADED);
  const after = (await api<Report>(baseURL!, KPIS, { year }, admin)).kpis;
  expect(after.figures.find((figure) => figure.key === 'contractTurnover')!.target).toBe(50_000_000);

  // The report export, parsed by two libraries that did not write it, holds the same figures.
  const csv = readFileSync(await download(page, '指标报表 CSV'), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const csvValues = Object.fromEntries(parsed.data.slice(2).map((row) => [row[0], row[3]]));
  expect(csvValues).toEqual(Object.fromEntries(after.figures.map((figure) => [figure.key, figure.value])));
  const sheet = await readSheet(readFileSync(await download(page, '指标报表 XLSX')));
  const xlsxValues = Object.fromEntries(sheet.slice(2).map((row) => [String(row[0]), Number(row[3])]));
  expect(xlsxValues).toEqual(Object.fromEntries(after.figures.map((figure) => [figure.key, Number(figure.value)])));
  const contracts = Papa.parse<string[]>(readFileSync(await download(page, '合同清单 CSV'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(contracts.data.length - 2).toBe(after.figures.find((figure) => figure.key === 'contractsSigned')!.actual);
  const deals = await readSheet(readFileSync(await download(page, '交易清单 XLSX')));
  expect(deals.length - 2).toBe(after.figures.find((figure) => figure.key === 'dealsOpened')!.actual);

  // Members and brokers: their own scope, as the server defines it.
  for (const [account, scope, shot] of [
    [DEMO.enterprise, '本单位', 'scoreboard-organization'],
    [DEMO.broker, '我经手的对接', 'scoreboard-broker'],
  ] as const) {
    const context = await browser.newContext();
    const member = await context.newPage();
    await signIn(member, account, '/scoreboard');
    await member.goto('/scoreboard');
    await chartsDrawn(member);
    await expect(member.getByTestId('scoreboard-scope')).toHaveText(scope);
    const own = (await api<Report>(baseURL!, KPIS, { year }, await tokenFor(baseURL!, account))).kpis;
    await expectFiguresOf(member, own);
    await expect(member.getByTestId('targets-form')).toHaveCount(0);
    await captureAndCheck(member, shot);
    await context.close();
  }
});
