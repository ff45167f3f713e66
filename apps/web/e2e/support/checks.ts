import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? join(import.meta.dirname, '..', '.artifacts', 'screenshots');
export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

/** axe-core over the whole page (WCAG 2.1 A/AA rules): no serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${label}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
  expect(blocking, `accessibility of ${label}`).toEqual([]);
}

/** Saves `<name>-desktop.png` and `<name>-phone.png` (375 px wide), and checks the page at both widths. */
export async function captureAndCheck(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(DESKTOP);
  await settle(page);
  await expectAccessible(page, `${name} (desktop)`);
  await shoot(page, `${name}-desktop.png`);
  await page.setViewportSize(PHONE);
  await settle(page);
  await expectAccessible(page, `${name} (375 px)`);
  // Nothing may make the page scroll sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} is wider than 375 px`).toBeLessThanOrEqual(1);
  await shoot(page, `${name}-phone.png`);
  await page.setViewportSize(original);
}

/** A full-page shot from the top: taken scrolled, the sticky header would be drawn mid-page. */
async function shoot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Ant Design animates menus and spinners: let them finish before axe and the camera look.
  await page.waitForTimeout(300);
}
