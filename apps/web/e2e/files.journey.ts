import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { enterpriseZh } from '../src/enterprise/i18n';
import { filesZh as F } from '../src/files/i18n';
import { DEMO, api, signIn, tokenFor } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

/**
 * Files on a TEASER result, clicked through in Chromium: the demo researcher attaches a public
 * photo and a details-only PDF in the result editor; an upload over the limit and one whose
 * content lies about its type are refused with the reason on the page and nothing attached. A
 * signed-out visitor and a signed-in enterprise without the NDA see the photo's thumbnail but not
 * the PDF (which the server refuses them too); after the NDA the PDF downloads with its bytes.
 */

const RUN = Date.now().toString(36);
const TITLE = `微藻固碳光生物反应器模块化放大技术 ${RUN}`;
const PDF = Buffer.from(`%PDF-1.4\n% 检测报告 ${RUN}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');
const LOADED = { timeout: 60_000 };
const ui = (text: string, values: Record<string, string> = {}) => text.replace(/\{\{(\w+)\}\}/g, (_all, key: string) => values[key] ?? '');

interface Attachment {
  id: string;
  name: string;
  access: string;
}

async function teaserResult(base: string): Promise<string> {
  const researcher = await tokenFor(base, DEMO.researcher);
  const admin = await tokenFor(base, DEMO.admin);
  const created = await api<{ createResult: { id: string } }>(
    base,
    'mutation ($input: ResultInput!) { createResult(input: $input) { id } }',
    {
      input: {
        title: TITLE,
        summary: '模块化平板式光生物反应器，微藻培养密度高，可按需并联放大。',
        description: `放大工艺参数（保密）：单元 200 L，光照 350 μmol/m²/s（批次 ${RUN}）`,
        keywords: ['微藻', '固碳', '光生物反应器'],
        resultClass: 'INDUSTRIAL_INNOVATION',
        fieldCode: 'JL.SSB',
        trl: 6,
        patents: [],
        transferModes: ['LICENSE'],
        askingPrice: { min: null, max: null, negotiable: true },
        needsPilot: true,
        visibility: 'TEASER',
      },
    },
    researcher,
  );
  const id = created.createResult.id;
  await api(base, 'mutation ($id: ID!) { submitResult(id: $id) { id } }', { id }, researcher);
  await api(
    base,
    'mutation ($id: ID!) { evaluateResult(id: $id, input: { score: 80, technicalMaturity: 75, marketPotential: 85, comment: "推荐发布", approve: true }) { id } }',
    { id },
    admin,
  );
  await api(base, 'mutation ($id: ID!) { publishResult(id: $id) { id } }', { id }, admin);
  return id;
}

async function ownersView(base: string, id: string): Promise<Attachment[]> {
  const token = await tokenFor(base, DEMO.researcher);
  const data = await api<{ result: { attachments: Attachment[] } }>(
    base,
    'query ($id: ID!) { result(id: $id) { attachments { id name access } } }',
    { id },
    token,
  );
  return data.result.attachments;
}

test('a TEASER result carries a public photo for all and a details-only PDF after the NDA', async ({ page, browser, baseURL }) => {
  test.setTimeout(600_000);
  const base = baseURL!;
  const resultId = await teaserResult(base);
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 140, b: 90 } } })
    .png()
    .toBuffer();

  // ---- the researcher attaches files in the result editor ----
  await signIn(page, DEMO.researcher, `/research/results/${resultId}/edit`);
  const editor = page.getByTestId('attachments-editor');
  await expect(editor).toBeVisible(LOADED);
  await expect(editor.getByTestId('upload-limits')).toHaveText(ui(F.limits, { size: '10 MB', types: 'PNG, JPEG, GIF, WebP, PDF' }));
  const picker = editor.locator('input[type=file]');

  await editor.getByRole('radio', { name: F.access.PUBLIC }).check();
  await picker.setInputFiles({ name: '样机照片.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByText(ui(F.attached, { name: '样机照片.png' }))).toBeVisible();
  await expect(editor.getByTestId('attachment')).toHaveCount(1);

  await editor.getByRole('radio', { name: F.access.DETAILS_ONLY }).check();
  await picker.setInputFiles({ name: '检测报告.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByText(ui(F.attached, { name: '检测报告.pdf' }))).toBeVisible();
  await expect(editor.getByTestId('attachment')).toHaveCount(2);
  await expect(editor.getByTestId('attachment').filter({ hasText: '检测报告.pdf' }).getByText(F.access.tagDETAILS_ONLY)).toBeVisible();
  await expect(editor.getByTestId('attachment').filter({ hasText: '样机照片.png' }).getByRole('img')).toBeVisible();

  // Over the limit: refused by the server, the reason on the page, nothing attached.
  await picker.setInputFiles({ name: '全部数据.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1, 32)]) });
  const refusal = editor.getByRole('alert');
  await expect(refusal).toContainText(ui(F.error.title, { name: '全部数据.pdf' }));
  await expect(refusal).toContainText(ui(F.error.FILE_TOO_LARGE, { size: '10 MB' }));
  // A photo sent as a PDF: the content is sniffed, the claim refused.
  await picker.setInputFiles({ name: '伪装报告.pdf', mimeType: 'application/pdf', buffer: photo });
  await expect(refusal).toContainText(ui(F.error.title, { name: '伪装报告.pdf' }));
  await expect(refusal).toContainText(F.error.CONTENT_TYPE_MISMATCH);
  await expect(refusal).toContainText('image/png');
  await captureAndCheck(page, 'files-editor-refused');
  await expect(editor.getByTestId('attachment')).toHaveCount(2);
  const attached = await ownersView(base, resultId);
  expect(attached.map((file) => [file.name, file.access]).sort()).toEqual([
    ['样机照片.png', 'PUBLIC'],
    ['检测报告.pdf', 'DETAILS_ONLY'],
  ]);
  const pdfId = attached.find((file) => file.name === '检测报告.pdf')!.id;

  // The researcher's own page of the result lists both files with who sees each, and leads to the editor.
  await page.goto(`/research/results/${resultId}`);
  const owned = page.getByTestId('attachments');
  await expect(owned.getByTestId('attachment')).toHaveCount(2, LOADED);
  await expect(owned.getByTestId('attachment').filter({ hasText: '检测报告.pdf' }).getByText(F.access.tagDETAILS_ONLY)).toBeVisible();
  await expect(owned.getByTestId('attachment').filter({ hasText: '样机照片.png' }).getByText(F.access.tagPUBLIC)).toBeVisible();
  await expect(owned.getByTestId('attachment').filter({ hasText: '样机照片.png' }).getByRole('img')).toBeVisible();
  await captureAndCheck(page, 'files-owner-result');
  await owned.getByRole('link', { name: F.manage }).click();
  await expect(page).toHaveURL(new RegExp(`/research/results/${resultId}/edit$`));
  await expect(page.getByTestId('attachments-editor')).toBeVisible(LOADED);

  // ---- a signed-out visitor: the photo, not the PDF ----
  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.newPage();
  await anonymous.goto(`/results/${resultId}`);
  const publicFiles = anonymous.getByTestId('attachments');
  await expect(publicFiles.getByRole('img', { name: ui(F.thumbnailAlt, { name: '样机照片.png' }) })).toBeVisible(LOADED);
  await expect(publicFiles.getByRole('button', { name: ui(F.download, { name: '样机照片.png' }) })).toBeVisible();
  await expect(publicFiles.getByText('检测报告.pdf')).toHaveCount(0);
  await expect(publicFiles.getByText(F.hiddenUntilNda)).toBeVisible();
  expect((await anonymous.request.get(`/files/${pdfId}`)).status()).toBe(404);
  await anonymousContext.close();

  // ---- the demo enterprise, signed in without the NDA: the same; after it, the PDF ----
  const enterpriseContext = await browser.newContext();
  const enterprise = await enterpriseContext.newPage();
  await signIn(enterprise, DEMO.enterprise, `/results/${resultId}`);
  const files = enterprise.getByTestId('attachments');
  await expect(files.getByRole('img', { name: ui(F.thumbnailAlt, { name: '样机照片.png' }) })).toBeVisible(LOADED);
  await expect(files.getByText('检测报告.pdf')).toHaveCount(0);
  const enterpriseToken = await tokenFor(base, DEMO.enterprise);
  expect((await enterprise.request.get(`/files/${pdfId}`, { headers: { authorization: `Bearer ${enterpriseToken}` } })).status()).toBe(404);
  await enterpriseContext.close();

  await signIn(page, DEMO.enterprise, `/results/${resultId}`);
  await expect(page.getByTestId('nda-gate')).toBeVisible(LOADED);
  await captureAndCheck(page, 'files-result-teaser');
  await page.getByRole('checkbox', { name: '我已阅读并同意保密协议' }).check();
  await page.getByRole('button', { name: '签署并查看详情' }).click();
  await expect(page.getByTestId('result-details')).toBeVisible();
  const pdfButton = page.getByTestId('attachments').getByRole('button', { name: ui(F.download, { name: '检测报告.pdf' }) });
  await expect(pdfButton).toBeVisible();
  const downloading = page.waitForEvent('download');
  await pdfButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('检测报告.pdf');
  expect(readFileSync((await download.path())!).equals(PDF)).toBe(true);
  await page.reload();
  await expect(page.getByTestId('attachments').getByText('检测报告.pdf')).toBeVisible(LOADED);
  await captureAndCheck(page, 'files-result-details');
});

test('an enterprise attaches a public PDF to its need; visitors download it from the need page', async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL!;
  const token = await tokenFor(base, DEMO.enterprise);
  const created = await api<{ createNeed: { id: string } }>(
    base,
    'mutation ($input: NeedInput!) { createNeed(input: $input) { id } }',
    {
      input: {
        title: `微藻固碳中试放大合作需求 ${RUN}`,
        summary: '寻求微藻固碳光生物反应器的中试放大合作方。',
        description: '现有烟气成分与目标固碳量（保密）。',
        keywords: ['微藻', '固碳'],
        fieldCode: 'JL.SSB',
        minTrl: 5,
        budget: { min: null, max: null, negotiable: true },
        deadline: new Date(Date.now() + 60 * 86_400_000).toISOString(),
        preferredModes: ['JOINT_DEVELOPMENT'],
        visibility: 'PUBLIC',
      },
    },
    token,
  );
  const needId = created.createNeed.id;
  await api(base, 'mutation ($id: ID!) { publishNeed(id: $id) { id } }', { id: needId }, token);

  // The need's own page says it has no files yet and leads to the editor.
  await signIn(page, DEMO.enterprise, `/enterprise/needs/${needId}`);
  // A published need opens on its matches; the files are in the overview.
  const overview = page.getByRole('tab', { name: enterpriseZh.detail.tabs.overview });
  await overview.click(LOADED);
  const owned = page.getByTestId('attachments');
  await expect(owned.getByText(F.empty)).toBeVisible(LOADED);
  await owned.getByRole('link', { name: F.manage }).click();
  await expect(page).toHaveURL(new RegExp(`/enterprise/needs/${needId}/edit$`));
  const editor = page.getByTestId('attachments-editor');
  await expect(editor).toBeVisible(LOADED);
  await expect(editor.getByTestId('upload-limits')).toContainText('DOCX, XLSX');
  await editor.locator('input[type=file]').setInputFiles({ name: '烟气成分表.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(editor.getByTestId('attachment').filter({ hasText: '烟气成分表.pdf' }).getByText(F.access.tagPUBLIC)).toBeVisible();
  await page.goto(`/enterprise/needs/${needId}`);
  await overview.click(LOADED);
  await expect(owned.getByTestId('attachment').filter({ hasText: '烟气成分表.pdf' }).getByText(F.access.tagPUBLIC)).toBeVisible(LOADED);

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/needs/${needId}`);
  const button = visitor.getByTestId('attachments').getByRole('button', { name: ui(F.download, { name: '烟气成分表.pdf' }) });
  await expect(button).toBeVisible(LOADED);
  const downloading = visitor.waitForEvent('download');
  await button.click();
  expect(readFileSync((await (await downloading).path())!).equals(PDF)).toBe(true);
  await captureAndCheck(visitor, 'files-need-page');
  await visitorContext.close();
});
