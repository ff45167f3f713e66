import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { creditCodeCheckChar as identityCheckChar, isValidCreditCode } from '@techbridge/identity';
import { DEMO_ACCOUNTS } from '@techbridge/identity/seed';

import taxonomy from '../../../data/industry-fields.json';
import { DEFAULT_CATALOG_NOW, generateCatalog, GeneratedNeed, GeneratedResult } from './catalog-generator';
import { isValidChinesePatentNumber } from './identifiers';

const DAY = 86_400_000;
const NOW = DEFAULT_CATALOG_NOW.getTime();
const FIELD_CODES = new Set(taxonomy.chains.flatMap((chain) => chain.fields.map((field) => field.code)));
const DISTRICTS = new Set(['市南区', '市北区', '李沧区', '崂山区', '黄岛区', '城阳区', '即墨区', '胶州市', '平度市', '莱西市']);
const MODES = new Set(['TRANSFER', 'LICENSE', 'EQUITY', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE']);
const MONEY = /^\d{1,13}\.\d{2}$/;

function take<T>(items: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= n) break;
    out.push(item);
  }
  return out;
}

function share<T>(items: T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

function expectText(title: string, summary: string, description: string, keywords: string[]): void {
  expect(title.length).toBeGreaterThanOrEqual(4);
  expect(title.length).toBeLessThanOrEqual(200);
  expect(summary.length).toBeGreaterThan(40);
  expect(summary.length).toBeLessThanOrEqual(1000);
  expect(description.length).toBeGreaterThan(200);
  expect(description.length).toBeLessThanOrEqual(20000);
  expect(keywords.length).toBeGreaterThanOrEqual(3);
  expect(keywords.length).toBeLessThanOrEqual(8);
  expect(new Set(keywords).size).toBe(keywords.length);
  for (const keyword of keywords) expect(keyword.length).toBeLessThanOrEqual(40);
  expect(keywords.some((k) => /[\u4e00-\u9fff]/.test(k))).toBe(true);
  for (const text of [title, summary, description]) expect(text).not.toMatch(/undefined|null|NaN|\$\{|\[object/);
}

function expectMoneyRange(range: { min: string | null; max: string | null; negotiable: boolean }): void {
  if (range.min !== null) expect(range.min).toMatch(MONEY);
  if (range.max !== null) expect(range.max).toMatch(MONEY);
  if (range.min !== null && range.max !== null) expect(Number(range.min)).toBeLessThanOrEqual(Number(range.max));
  if (range.min === null && range.max === null) expect(range.negotiable).toBe(true);
}

describe('generateCatalog at the default scale', () => {
  const catalog = generateCatalog();
  const results = [...catalog.results()];
  const needs = [...catalog.needs()];
  const orgs = catalog.organizations;
  const orgByKey = new Map(orgs.map((org) => [org.key, org]));

  describe('organizations', () => {
    it('has the seed figures: 52 key platforms, 128 key enterprises, 370 service firms, plus ordinary ones', () => {
      const research = orgs.filter((o) => ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'INNOVATION_PLATFORM'].includes(o.kind));
      expect(research.filter((o) => o.keyPlatform)).toHaveLength(52);
      for (const kind of ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'INNOVATION_PLATFORM']) {
        expect(research.filter((o) => o.keyPlatform && o.kind === kind).length).toBeGreaterThan(0);
      }
      expect(research.filter((o) => !o.keyPlatform).length).toBeGreaterThan(0);
      const enterprises = orgs.filter((o) => o.kind === 'ENTERPRISE');
      expect(enterprises.filter((o) => o.keyPlatform)).toHaveLength(128);
      expect(enterprises.filter((o) => !o.keyPlatform).length).toBeGreaterThan(0);
      expect(orgs.filter((o) => o.kind === 'SERVICE_AGENCY')).toHaveLength(370);
      expect(orgs.filter((o) => o.kind === 'SERVICE_AGENCY' && o.keyPlatform)).toHaveLength(0);
    });

    it('has unique keys, names and valid unique credit codes in the city districts', () => {
      expect(new Set(orgs.map((o) => o.key)).size).toBe(orgs.length);
      expect(new Set(orgs.map((o) => o.name)).size).toBe(orgs.length);
      expect(new Set(orgs.map((o) => o.creditCode)).size).toBe(orgs.length);
      for (const org of orgs) {
        expect(isValidCreditCode(org.creditCode)).toBe(true);
        expect(DISTRICTS.has(org.district)).toBe(true);
        expect(org.name).toMatch(/^[\u4e00-\u9fff（）]+$/);
      }
    });

    it('never reuses a demo account organization name or credit code', () => {
      const names = new Set(orgs.map((o) => o.name));
      const codes = new Set(orgs.map((o) => o.creditCode));
      for (const account of DEMO_ACCOUNTS) {
        expect(names.has(account.organization.name)).toBe(false);
        const prefix = account.organization.creditCodePrefix;
        expect(codes.has(prefix + identityCheckChar(prefix))).toBe(false);
      }
    });
  });

  describe('results', () => {
    it('has the funnel shape: 2,700 collected, about 1,200 published, every other status present', () => {
      expect(results).toHaveLength(2700);
      const published = results.filter((r) => r.status === 'PUBLISHED').length;
      expect(published).toBeGreaterThanOrEqual(1100);
      expect(published).toBeLessThanOrEqual(1300);
      for (const status of ['DRAFT', 'SUBMITTED', 'EVALUATED', 'REJECTED', 'WITHDRAWN']) {
        expect(results.filter((r) => r.status === status).length).toBeGreaterThan(100);
      }
    });

    it('mixes classes, visibility and pilot needs as the seed does', () => {
      expect(share(results, (r) => r.resultClass === 'MAJOR_INNOVATION')).toBeGreaterThan(0.02);
      expect(share(results, (r) => r.resultClass === 'MAJOR_INNOVATION')).toBeLessThan(0.04);
      expect(share(results, (r) => r.resultClass === 'INDUSTRIAL_INNOVATION')).toBeGreaterThan(0.4);
      expect(share(results, (r) => r.resultClass === 'INDUSTRIAL_INNOVATION')).toBeLessThan(0.5);
      expect(share(results, (r) => r.visibility === 'PUBLIC')).toBeGreaterThan(0.55);
      expect(share(results, (r) => r.visibility === 'PUBLIC')).toBeLessThan(0.65);
      expect(share(results, (r) => r.visibility === 'TEASER')).toBeGreaterThan(0.25);
      expect(share(results, (r) => r.visibility === 'TEASER')).toBeLessThan(0.35);
      expect(share(results, (r) => r.visibility === 'PRIVATE')).toBeGreaterThan(0.07);
      expect(share(results, (r) => r.visibility === 'PRIVATE')).toBeLessThan(0.13);
      expect(share(results, (r) => r.needsPilot)).toBeGreaterThan(0.1);
      expect(share(results, (r) => r.needsPilot)).toBeLessThan(0.2);
    });

    it('selects at least ten published major results for 2026, and selects nothing else', () => {
      const selected = results.filter((r) => r.selectedYear !== null);
      for (const r of selected) {
        expect(r.resultClass).toBe('MAJOR_INNOVATION');
        expect(r.status).toBe('PUBLISHED');
        expect(r.selectedYear).toBe(r.publishedAt!.getUTCFullYear());
      }
      expect(selected.filter((r) => r.selectedYear === 2026).length).toBeGreaterThanOrEqual(10);
    });

    it('orders timestamps by status and keeps evaluations consistent', () => {
      for (const r of results) {
        const created = r.createdAt.getTime();
        expect(created).toBeLessThanOrEqual(NOW);
        expect(created).toBeGreaterThan(NOW - 830 * DAY);
        const chain = [r.createdAt, r.submittedAt, r.evaluatedAt, r.publishedAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
        for (let i = 1; i < chain.length; i += 1) expect(chain[i]).toBeGreaterThan(chain[i - 1]);
        expect(chain[chain.length - 1]).toBeLessThanOrEqual(NOW);
        expect(r.evaluation === null).toBe(r.evaluatedAt === null);
        switch (r.status) {
          case 'DRAFT':
            expect([r.submittedAt, r.evaluatedAt, r.publishedAt]).toEqual([null, null, null]);
            break;
          case 'SUBMITTED':
            expect(r.submittedAt).not.toBeNull();
            expect([r.evaluatedAt, r.publishedAt]).toEqual([null, null]);
            break;
          case 'EVALUATED':
            expect(r.evaluation?.approved).toBe(true);
            expect(r.publishedAt).toBeNull();
            break;
          case 'PUBLISHED':
            expect(r.submittedAt).not.toBeNull();
            expect(r.evaluation?.approved).toBe(true);
            expect(r.publishedAt).not.toBeNull();
            break;
          case 'REJECTED':
            expect(r.evaluation?.approved).toBe(false);
            expect(r.publishedAt).toBeNull();
            break;
          case 'WITHDRAWN':
            expect(r.submittedAt).not.toBeNull();
            expect(r.publishedAt).toBeNull();
            break;
        }
        if (r.evaluation) {
          for (const score of [r.evaluation.score, r.evaluation.technicalMaturity, r.evaluation.marketPotential]) {
            expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
          }
          expect(r.evaluation.score >= 60).toBe(r.evaluation.approved);
          expect(r.evaluation.comment.length).toBeGreaterThan(10);
        }
      }
    });

    it('keeps every field within its bounds', () => {
      for (const r of results) {
        expectText(r.title, r.summary, r.description, r.keywords);
        expect(FIELD_CODES.has(r.fieldCode)).toBe(true);
        expect(Number.isInteger(r.trl) && r.trl >= 1 && r.trl <= 9).toBe(true);
        if (r.resultClass === 'MAJOR_INNOVATION') expect(r.trl).toBeGreaterThanOrEqual(3);
        const owner = orgByKey.get(r.ownerKey);
        expect(owner && ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'INNOVATION_PLATFORM'].includes(owner.kind)).toBe(true);
        if (r.resultClass === 'MAJOR_INNOVATION') expect(owner!.keyPlatform).toBe(true);
        expect(r.transferModes.length).toBeGreaterThan(0);
        expect(new Set(r.transferModes).size).toBe(r.transferModes.length);
        for (const mode of r.transferModes) expect(MODES.has(mode)).toBe(true);
        expectMoneyRange(r.askingPrice);
        expect(new Set(r.patents.map((p) => p.number)).size).toBe(r.patents.length);
        for (const patent of r.patents) {
          expect(patent.number).toMatch(/^CN\d{12}\.[0-9X]$/);
          expect(isValidChinesePatentNumber(patent.number)).toBe(true);
          expect(Number(patent.number.slice(2, 6))).toBeLessThanOrEqual(r.createdAt.getUTCFullYear());
          expect(patent.title.length).toBeGreaterThanOrEqual(4);
        }
      }
    });

    it('grants about 70% of patents and prices some results as negotiable without bounds', () => {
      const patents = results.flatMap((r) => r.patents);
      expect(patents.length).toBeGreaterThan(2000);
      expect(share(patents, (p) => p.granted)).toBeGreaterThan(0.62);
      expect(share(patents, (p) => p.granted)).toBeLessThan(0.78);
      expect(results.some((r) => r.askingPrice.negotiable && r.askingPrice.min === null)).toBe(true);
      expect(results.some((r) => r.askingPrice.negotiable && r.askingPrice.min !== null)).toBe(true);
      expect(share(results, (r) => r.askingPrice.min !== null)).toBeGreaterThan(0.7);
    });

    it('covers every field of the taxonomy', () => {
      expect(new Set(results.map((r) => r.fieldCode))).toEqual(FIELD_CODES);
    });
  });

  describe('needs', () => {
    const collective = needs.filter((n) => n.collectiveTarget !== null);

    it('has about 150 needs, mostly published, with every status present', () => {
      expect(needs).toHaveLength(150);
      expect(share(needs, (n) => n.status === 'PUBLISHED')).toBeGreaterThan(0.45);
      for (const status of ['DRAFT', 'IN_NEGOTIATION', 'SOLVED', 'CLOSED']) expect(needs.some((n) => n.status === status)).toBe(true);
    });

    it('keeps every need within its bounds and dated consistently', () => {
      for (const n of needs) {
        expectText(n.title, n.summary, n.description, n.keywords);
        expect(FIELD_CODES.has(n.fieldCode)).toBe(true);
        expect(orgByKey.get(n.enterpriseKey)?.kind).toBe('ENTERPRISE');
        if (n.minTrl !== null) expect(Number.isInteger(n.minTrl) && n.minTrl >= 1 && n.minTrl <= 9).toBe(true);
        expectMoneyRange(n.budget);
        expect(n.preferredModes.length).toBeGreaterThan(0);
        for (const mode of n.preferredModes) expect(MODES.has(mode)).toBe(true);
        expect(n.createdAt.getTime()).toBeLessThanOrEqual(NOW);
        expect(n.createdAt.getTime()).toBeGreaterThan(NOW - 830 * DAY);
        if (n.status === 'DRAFT') expect(n.publishedAt).toBeNull();
        else expect(n.publishedAt!.getTime()).toBeGreaterThan(n.createdAt.getTime());
        if (['DRAFT', 'PUBLISHED', 'IN_NEGOTIATION'].includes(n.status) && n.deadline) expect(n.deadline.getTime()).toBeGreaterThan(NOW);
      }
      expect(needs.filter((n) => n.status === 'PUBLISHED' && n.deadline !== null).length).toBeGreaterThan(50);
    });

    it('has about 20 collective needs pledged to only by other enterprises, some fully funded', () => {
      expect(collective.length).toBeGreaterThanOrEqual(15);
      expect(collective.length).toBeLessThanOrEqual(25);
      for (const n of needs.filter((x) => x.collectiveTarget === null)) expect(n.pledges).toEqual([]);
      let funded = 0;
      for (const n of collective) {
        expect(n.collectiveTarget).toMatch(MONEY);
        expect(n.pledges.length).toBeLessThanOrEqual(4);
        const pledgers = n.pledges.map((p) => p.organizationKey);
        expect(new Set(pledgers).size).toBe(pledgers.length);
        for (const pledge of n.pledges) {
          expect(pledge.organizationKey).not.toBe(n.enterpriseKey);
          expect(orgByKey.get(pledge.organizationKey)?.kind).toBe('ENTERPRISE');
          expect(pledge.amount).toMatch(MONEY);
          expect(Number(pledge.amount)).toBeGreaterThan(0);
          expect(pledge.pledgedAt.getTime()).toBeGreaterThan(n.publishedAt!.getTime());
          expect(pledge.pledgedAt.getTime()).toBeLessThanOrEqual(NOW);
        }
        const times = n.pledges.map((p) => p.pledgedAt.getTime());
        expect(times).toEqual([...times].sort((a, b) => a - b));
        const total = n.pledges.reduce((sum, p) => sum + Number(p.amount), 0);
        if (total >= Number(n.collectiveTarget)) {
          funded += 1;
          // Pledging stops once funded: without the last pledge the target was not reached.
          expect(total - Number(n.pledges[n.pledges.length - 1].amount)).toBeLessThan(Number(n.collectiveTarget));
        }
        if (n.status === 'DRAFT') expect(n.pledges).toEqual([]);
      }
      expect(funded).toBeGreaterThanOrEqual(3);
      expect(funded).toBeLessThan(collective.length);
    });

    it('speaks in the enterprise voice', () => {
      expect(share(needs, (n) => n.summary.includes('我公司'))).toBe(1);
      expect(needs.every((n) => n.description.includes('技术指标要求'))).toBe(true);
      expect(needs.every((n) => /预算/.test(n.summary))).toBe(true);
    });
  });
});

describe('generateCatalog determinism and streaming', () => {
  it('gives identical output for the same options and restarts on every call', () => {
    const a = generateCatalog({ seed: 7, results: 300, needs: 40 });
    const b = generateCatalog({ seed: 7, results: 300, needs: 40 });
    expect(b.organizations).toEqual(a.organizations);
    const first = [...a.results()];
    expect([...b.results()]).toEqual(first);
    expect([...a.results()]).toEqual(first);
    expect([...b.needs()]).toEqual([...a.needs()]);
  });

  it('gives the same first items whatever the requested total', () => {
    const small = [...generateCatalog({ results: 50, needs: 10 }).results()];
    const large = take(generateCatalog({ results: 5000, needs: 10 }).results(), 50);
    expect(large).toEqual(small);
  });

  it('changes with the seed', () => {
    const a = generateCatalog({ seed: 1, results: 50, needs: 10 });
    const b = generateCatalog({ seed: 2, results: 50, needs: 10 });
    expect(b.organizations.map((o) => o.creditCode)).not.toEqual(a.organizations.map((o) => o.creditCode));
    const titlesA = [...a.results()].map((r) => r.title);
    const titlesB = [...b.results()].map((r) => r.title);
    expect(titlesB.filter((title, i) => title === titlesA[i]).length).toBeLessThan(5);
    expect([...b.needs()].map((n) => n.title)).not.toEqual([...a.needs()].map((n) => n.title));
  });

  it('moves every date with `now`', () => {
    const now = new Date('2030-03-15T00:00:00Z');
    const results = [...generateCatalog({ now, results: 400, needs: 30 }).results()];
    for (const r of results) {
      expect(r.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(r.createdAt.getTime()).toBeGreaterThan(now.getTime() - 830 * DAY);
    }
    expect(results.some((r) => r.selectedYear === 2030)).toBe(true);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => generateCatalog({ results: -1 })).toThrow();
    expect(() => generateCatalog({ needs: 1.5 })).toThrow();
  });

  it('keeps titles and summaries varied over 10,000 results', () => {
    const results = [...generateCatalog({ results: 10_000, needs: 0 }).results()];
    expect(new Set(results.map((r) => r.title)).size / results.length).toBeGreaterThanOrEqual(0.95);
    expect(new Set(results.map((r) => r.summary)).size).toBe(results.length);
    // Not the same sentence with a number changed: strip the figures and most summaries still differ.
    const shapes = new Set(results.map((r) => r.summary.replace(/[\d.]+/g, '#')));
    expect(shapes.size / results.length).toBeGreaterThan(0.95);
    // Each field reads differently: its subjects are its own.
    const byField = new Map<string, Set<string>>();
    for (const r of results) byField.set(r.fieldCode, (byField.get(r.fieldCode) ?? new Set()).add(r.title));
    expect(byField.size).toBe(FIELD_CODES.size);
    const english = results.filter((r) => r.keywords.some((k) => /^[A-Za-z]/.test(k)));
    expect(english.length / results.length).toBeGreaterThan(0.8);
  });

  it('streams 100,000 results without holding them', () => {
    // Garbage from a stream this size is collected lazily, so measure what is retained after a
    // full collection; exposing gc at run time is a V8 flag, not a second copy of the code.
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const retained = (): number => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const catalog = generateCatalog({ results: 100_000, needs: 0 });
    const before = retained();
    let count = 0;
    let published = 0;
    let peak = 0;
    for (const result of catalog.results() as Iterable<GeneratedResult>) {
      count += 1;
      if (result.status === 'PUBLISHED') published += 1;
      if (count % 25_000 === 0) peak = Math.max(peak, retained() - before);
    }
    expect(count).toBe(100_000);
    expect(published / count).toBeGreaterThan(0.4);
    expect(published / count).toBeLessThan(0.5);
    // Holding 100k results would retain several hundred MB; the stream keeps only its title decks.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  }, 300_000);

  it('generates needs lazily too', () => {
    const iterator = generateCatalog({ needs: 1_000_000 }).needs()[Symbol.iterator]();
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect((first.value as GeneratedNeed).key).toBe('need-00001');
  });
});
