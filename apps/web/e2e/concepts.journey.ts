import type { Locator, Page } from '@playwright/test';
import { DEMO, api, signIn, tokenFor } from './support/accounts';
import { captureAndCheck } from './support/checks';
import { expect, test } from './support/fixtures';

const LOADED = { timeout: 60_000 };

/**
 * An Ant Design Select's open dropdown once its opening motion is over: an option clicked while the
 * dropdown still slides in (long on a busy machine) is not taken, and the list stays open.
 */
function openDropdown(page: Page) {
  return page.locator('.ant-select-dropdown:visible:not([class*="-appear"]):not([class*="-enter"])');
}

/** Picks an option of a Select (found by its label) and waits until the Select shows it. */
async function choose(page: Page, box: Locator, shown: Locator, option: string | RegExp, typed?: string) {
  await expect(async () => {
    if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
    if (typed !== undefined) await box.fill(typed);
    await openDropdown(page).locator('.ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 5_000 });
    await expect(shown).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Searches the concept list as one types a term and presses Enter. */
async function search(page: Page, text: string) {
  const box = page.getByLabel('名称、缩写、同义词或编号', { exact: true });
  await box.fill(text);
  await box.press('Enter');
}

/** The concept's row in the list (its edit button names it). */
function conceptRow(page: Page, zh: string) {
  return page.getByTestId('concept-row').filter({ has: page.getByRole('button', { name: `编辑 ${zh}`, exact: true }) });
}

/**
 * The demo administrator curates the concept dictionary from the console: a concept others link
 * to is refused removal (CONFLICT explained), a synonym is added to 钠离子电池 and shows in the
 * draft, a term another concept of the field already names is refused under the synonyms field,
 * the draft is published with a note as version N+1 (in the history with what changed and who),
 * and the dictionary is rolled back to N, which takes the synonym out again; a last edit is discarded.
 */
test('admin: concept dictionary — edit into the draft, duplicate refused, publish with a note, history, roll back', async ({ page, baseURL }) => {
  test.setTimeout(480_000);
  const base = baseURL!;
  const adminToken = await tokenFor(base, DEMO.admin);
  const { me } = await api<{ me: { displayName: string } }>(base, '{ me { displayName } }', {}, adminToken);
  const synonym = '钠离子储能电池';

  await signIn(page, DEMO.admin, '/admin');
  await page.getByRole('navigation', { name: '管理后台' }).getByText('概念词典').click();
  await expect(page).toHaveURL(/\/admin\/concepts/);
  const current = page.getByTestId('concepts-current');
  await expect(current).toContainText(/当前版本 v\d+/, LOADED);
  const before = Number(/当前版本 v(\d+)/.exec(await current.innerText())![1]);

  // ---- filter by field, search by text ----
  const fieldBox = page.getByRole('combobox', { name: '产业领域' });
  const fieldSelect = page.locator('.ant-select').filter({ has: fieldBox });
  await choose(page, fieldBox, fieldSelect, '固态电池 (JL.SSB)', 'JL.SSB');
  await search(page, '钠离子电池');
  const sodium = conceptRow(page, '钠离子电池');
  await expect(sodium).toBeVisible(LOADED);
  await expect(sodium).toContainText('SIB');
  await expect(sodium).toContainText('钠电');
  await expect(page.getByTestId('concept-row').filter({ hasText: '锂离子电池' })).toHaveCount(0);
  await captureAndCheck(page, 'admin-concepts');

  // ---- a concept others name as broader cannot be removed ----
  await search(page, '储能电池');
  const storage = conceptRow(page, '储能电池');
  await expect(storage).toBeVisible(LOADED);
  await storage.getByRole('button', { name: '删除 储能电池' }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /^删\s*除$/ })
    .click();
  await expect(storage.getByRole('alert')).toContainText('无法删除“储能电池”', LOADED);
  await expect(storage.getByRole('alert')).toContainText('ssb.sodium-ion');
  await expect(page.getByRole('tab', { name: '草稿 (0)' })).toBeVisible();

  // ---- add a synonym: it lands in the draft ----
  await search(page, '钠离子电池');
  await sodium.getByRole('button', { name: '编辑 钠离子电池' }).click();
  let dialog = page.getByRole('dialog', { name: '编辑概念：钠离子电池' });
  await expect(dialog.getByLabel('编号')).toHaveValue('ssb.sodium-ion');
  await dialog.getByLabel('同义词', { exact: true }).fill(synonym);
  await dialog.getByLabel('同义词', { exact: true }).press('Enter');
  await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByText('已保存到草稿：钠离子电池')).toBeVisible(LOADED);
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/有未发布的草稿：1 处修改/)).toBeVisible(LOADED);
  await expect(sodium).toContainText(synonym, LOADED);

  await page.getByRole('tab', { name: '草稿 (1)' }).click();
  const change = page.getByTestId('concept-change').filter({ hasText: 'ssb.sodium-ion' });
  await expect(change).toContainText('修改');
  await expect(change).toContainText(`同义词：加入 ${synonym}`);
  await expect(change).toContainText(me.displayName);
  await captureAndCheck(page, 'admin-concepts-draft');

  // ---- a term another concept of the field names is refused under its field ----
  await page.getByRole('tab', { name: '概念' }).click();
  await sodium.getByRole('button', { name: '编辑 钠离子电池' }).click();
  dialog = page.getByRole('dialog', { name: '编辑概念：钠离子电池' });
  await expect(dialog).toContainText(synonym);
  await dialog.getByLabel('同义词', { exact: true }).fill('锂电');
  await dialog.getByLabel('同义词', { exact: true }).press('Enter');
  await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
  // Under the synonyms field: the console's explanation, then the server's (which names the other concept).
  const synonymsHelp = dialog.locator('#synonyms_help');
  await expect(synonymsHelp).toContainText('这个词已是同一领域另一个概念的名称', LOADED);
  await expect(synonymsHelp).toContainText('ssb.lithium-ion');
  await captureAndCheck(page, 'admin-concepts-editor');
  await dialog.getByRole('button', { name: /^取\s*消$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: '草稿 (1)' })).toBeVisible();

  // ---- a problem's full and partial remedies are shown apart, in the list and in its editor ----
  // 氮氧化物超标 is a concept of another field: the field filter is cleared for it, then set again.
  await fieldSelect.hover();
  await fieldSelect.getByRole('button', { name: 'Clear' }).click();
  await expect(fieldSelect).not.toContainText('固态电池 (JL.SSB)');
  await search(page, '氮氧化物超标');
  const nox = conceptRow(page, '氮氧化物超标');
  await expect(nox).toContainText('应用关联：chem.scr', LOADED);
  await expect(nox).toContainText('部分解决：chem.low-nox-burner、chem.fgr');
  await nox.getByRole('button', { name: '编辑 氮氧化物超标' }).click();
  dialog = page.getByRole('dialog', { name: '编辑概念：氮氧化物超标' });
  await expect(dialog.getByLabel('部分解决（只解决问题的一部分的技术）')).toBeAttached();
  await dialog.getByRole('button', { name: /^取\s*消$/ }).click();
  await expect(dialog).toBeHidden();
  await choose(page, fieldBox, fieldSelect, '固态电池 (JL.SSB)', 'JL.SSB');
  await search(page, '钠离子电池');

  // ---- publish with a note: version N+1 in the history, with what changed and who ----
  await page.getByRole('tab', { name: '草稿 (1)' }).click();
  await page.getByRole('button', { name: '发布草稿' }).click();
  const publish = page.getByRole('dialog', { name: '发布为新版本' });
  await publish.getByRole('button', { name: '发布草稿' }).click();
  await expect(publish).toContainText('请写一句发布说明');
  await publish.getByLabel('发布说明').fill('钠离子电池：补充储能行业常用叫法');
  await publish.getByRole('button', { name: '发布草稿' }).click();
  await expect(page.getByText(`已发布 v${before + 1}`)).toBeVisible(LOADED);
  await expect(current).toContainText(`当前版本 v${before + 1}`, LOADED);
  await expect(page.getByRole('tab', { name: '草稿 (0)' })).toBeVisible();

  await page.getByRole('tab', { name: '版本历史' }).click();
  const published = page
    .getByTestId('concept-version')
    .filter({ hasText: `v${before + 1}` })
    .first();
  await expect(published).toContainText('当前', LOADED);
  await expect(published).toContainText('钠离子电池：补充储能行业常用叫法');
  await expect(published).toContainText(me.displayName);
  await published.getByRole('button', { name: /1 处修改/ }).click();
  await expect(published.getByTestId('concept-change')).toContainText(`同义词：加入 ${synonym}`);
  await captureAndCheck(page, 'admin-concepts-history');

  // ---- roll back to N (confirmed): published as N+2, the synonym gone ----
  const previous = page.getByTestId('concept-version').filter({ has: page.getByText(`v${before}`, { exact: true }) });
  await previous.getByRole('button', { name: '回滚到此版本' }).click();
  const confirm = page.getByRole('dialog', { name: '回滚到此版本' });
  await expect(confirm).toContainText(`把 v${before} 的概念发布为新版本？`);
  await confirm.getByLabel('回滚说明（可选）').fill('撤回同义词，待术语组复核');
  await confirm.getByRole('button', { name: '回滚到此版本' }).click();
  await expect(page.getByText(`已回滚：v${before} 的概念现为 v${before + 2}`)).toBeVisible(LOADED);
  await expect(current).toContainText(`当前版本 v${before + 2}`, LOADED);
  const rolledBack = page.getByTestId('concept-version').first();
  await expect(rolledBack).toContainText(`v${before + 2}`);
  await expect(rolledBack).toContainText(`回滚到 v${before}`);
  await expect(rolledBack).toContainText('撤回同义词，待术语组复核');
  await rolledBack.getByRole('button', { name: /1 处修改/ }).click();
  await expect(rolledBack.getByTestId('concept-change')).toContainText(`同义词：去掉 ${synonym}`);

  await page.getByRole('tab', { name: '概念' }).click();
  await expect(sodium).toBeVisible(LOADED);
  await expect(sodium).not.toContainText(synonym, LOADED);

  // ---- an edit discarded (confirmed): no draft left, the current version unchanged ----
  await sodium.getByRole('button', { name: '编辑 钠离子电池' }).click();
  dialog = page.getByRole('dialog', { name: '编辑概念：钠离子电池' });
  await dialog.getByLabel('英文名称').fill('sodium-ion cell');
  await dialog.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByRole('tab', { name: '草稿 (1)' })).toBeVisible(LOADED);
  await page.getByRole('tab', { name: '草稿 (1)' }).click();
  await expect(page.getByRole('tabpanel', { name: '草稿 (1)' }).getByTestId('concept-change')).toContainText('英文名称：sodium-ion battery → sodium-ion cell');
  await page.getByRole('button', { name: '放弃草稿' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '放弃草稿' }).click();
  await expect(page.getByText('已放弃草稿')).toBeVisible(LOADED);
  await expect(page.getByRole('tab', { name: '草稿 (0)' })).toBeVisible(LOADED);
  await expect(current).toContainText(`当前版本 v${before + 2}`);
  await page.getByRole('tab', { name: '概念' }).click();
  await expect(sodium).toContainText('sodium-ion battery', LOADED);
});
