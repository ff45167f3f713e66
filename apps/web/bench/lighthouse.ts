import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../playwright.config';
import { freePort } from '../e2e/support/server';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface LighthouseRun {
  url: string;
  /** 0–100 per category asked for. */
  scores: Partial<Record<Category, number>>;
  /** Audits that cost points (score under 0.9), with Lighthouse's own figure when it has one. */
  failing: { id: string; title: string; score: number; displayValue?: string }[];
  metrics: { fcpMs?: number; lcpMs?: number; tbtMs?: number; cls?: number };
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; numericValue?: number; displayValue?: string; scoreDisplayMode?: string }>;
}

/**
 * Lighthouse (desktop preset unless told) over `urls`, in one Chromium started the way the journeys
 * start it (CHROME_PATH, default /usr/bin/chromium, with CHROMIUM_ARGS). Needs the `lighthouse`
 * package of apps/web's devDependencies; reusable for any page of the console.
 */
export async function runLighthouse(
  urls: string[],
  options: { categories?: Category[]; formFactor?: 'desktop' | 'mobile' } = {},
): Promise<LighthouseRun[]> {
  const categories = options.categories ?? ['performance', 'accessibility', 'best-practices'];
  const lighthouse = (await import('lighthouse')).default;
  const config = options.formFactor === 'mobile' ? undefined : (await import('lighthouse/core/config/desktop-config.js')).default;
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'techbridge-lighthouse-'));
  const chrome = spawn(
    process.env.CHROME_PATH ?? '/usr/bin/chromium',
    ['--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, ...CHROMIUM_ARGS, 'about:blank'],
    { stdio: 'ignore' },
  );
  try {
    await waitForDevTools(port);
    const runs: LighthouseRun[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      const lhr = result?.lhr as unknown as Lhr | undefined;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
      const weighted = new Set(categories.flatMap((key) => lhr.categories[key]?.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id) ?? []));
      runs.push({
        url,
        scores: Object.fromEntries(categories.map((key) => [key, Math.round((lhr.categories[key]?.score ?? 0) * 100)])),
        failing: Object.entries(lhr.audits)
          .filter(([id, audit]) => weighted.has(id) && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
          .map(([id, audit]) => ({ id, title: audit.title, score: audit.score ?? 0, displayValue: audit.displayValue })),
        metrics: {
          fcpMs: lhr.audits['first-contentful-paint']?.numericValue,
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue,
        },
      });
    }
    return runs;
  } finally {
    chrome.kill();
    await new Promise((resolve) => (chrome.exitCode !== null ? resolve(undefined) : chrome.once('exit', resolve)));
    rmSync(profile, { recursive: true, force: true });
  }
}

async function waitForDevTools(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Chromium did not open its DevTools port ${port}`);
}
