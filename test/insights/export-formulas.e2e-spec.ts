import { Readable } from 'node:stream';

import { ContractType, DealService, DealStage } from '@techbridge/brokerage';
import { Role } from '@techbridge/platform';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';

import { certifiedBroker, principalOf } from '../brokerage/brokerage-helpers';
import { publishedNeed, publishedResult } from '../catalog/catalog-fixtures';
import { createAdmin, registerAccount, startTestApp, TestApp, verifyOrganizations } from '../support';

const YEAR = Number(
  new Intl.DateTimeFormat('en', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
  }).format(new Date()),
);
const ENTERPRISE_NAME = '=HYPERLINK("http://evil.test/x","点我")';
const OWNER_NAME = '@SUM(1+1) 研究院';
const BROKER_NAME = '-2+3 经纪人';

/**
 * Spreadsheet formulas in user-written names never reach an export live (issue 14): every CSV
 * cell that a spreadsheet would read as a formula starts with an apostrophe, and the XLSX keeps
 * such names as plain text cells.
 */
describe('exports neutralise formulas', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    const admin = await createAdmin(t);
    const researcher = await registerAccount(t, 'RESEARCH_INSTITUTE', {
      organizationName: OWNER_NAME,
    });
    const enterprise = await registerAccount(t, 'ENTERPRISE', {
      organizationName: ENTERPRISE_NAME,
    });
    const broker = await certifiedBroker(t, admin, ['JL']);
    await db.query(`UPDATE app_user SET display_name = $2 WHERE id = $1`, [broker.userId, BROKER_NAME]);
    await verifyOrganizations(t, admin, researcher, enterprise);
    const resultId = await publishedResult(t, researcher, admin, {
      fieldCode: 'JL.SSB',
    });
    const needId = await publishedNeed(t, enterprise, { fieldCode: 'JL.SSB' });
    const deals = t.app.get(DealService);
    const brokerP = principalOf(broker, Role.BROKER);
    const deal = await deals.open(
      {
        resultId,
        needId,
        ownerOrgId: researcher.organizationId,
        enterpriseOrgId: enterprise.organizationId,
        fieldCode: 'JL.SSB',
        brokerId: broker.userId,
      },
      principalOf(enterprise, Role.ENTERPRISE),
    );
    await deals.advance(deal.id, { to: DealStage.NEGOTIATING }, brokerP);
    await deals.advance(deal.id, { to: DealStage.TERMS_AGREED }, brokerP);
    await deals.signContract(
      deal.id,
      {
        type: ContractType.TRANSFER,
        amount: '880000.00',
        signedAt: new Date(Date.now() - 60_000),
        contractNo: `QD-${Date.now()}`,
      },
      brokerP,
    );
    adminToken = admin.token;
  });
  let adminToken: string;
  afterAll(async () => {
    await t.close();
  });

  const download = async (file: string): Promise<Response> =>
    fetch(`${t.url}/insights/exports/${file}?year=${YEAR}&scope=CITY`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });

  it.each(['contracts.csv', 'deals.csv'])('%s: names starting with = @ - are prefixed with an apostrophe; amounts stay numbers', async (file) => {
    const response = await download(file);
    expect(response.status).toBe(200);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    // csv-stringify quotes the cell with quotes in it and doubles them.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test/x"",""点我"")"`);
    expect(text).toContain(`'${OWNER_NAME}`);
    expect(text).toContain(`'${BROKER_NAME}`);
    expect(text).toContain('880000.00');
    expect(text).not.toContain(`'880000.00`);
    // No cell anywhere starts a formula.
    for (const line of text.trim().split(/\r?\n/)) {
      for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('deals.xlsx keeps the names as text cells, never formulas', async () => {
    const response = await download('deals.xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from(Buffer.from(await response.arrayBuffer())));
    const row = workbook.worksheets[0].getRow(3);
    const cells = [6, 7, 8].map((n) => row.getCell(n));
    expect(cells.map((cell) => cell.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(cells.map((cell) => cell.value)).toEqual([OWNER_NAME, ENTERPRISE_NAME, BROKER_NAME]);
    expect(row.getCell(9).value).toBe(880000);
  });
});
