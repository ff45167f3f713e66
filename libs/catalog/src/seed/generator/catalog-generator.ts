import type {
  CatalogGeneratorOptions,
  GeneratedCatalog,
  GeneratedNeed,
  GeneratedOrganization,
  GeneratedPatent,
  GeneratedResult,
} from '../catalog-generator.types';
import { buildPatentNumber } from './identifiers';
import { needDescription, needSummary, needTitle } from './need-text';
import { generateOrganizations, OrganizationProfile } from './organizations';
import { Random } from './random';
import { keywordsFor, patentTitle, RESULT_TITLE_TEMPLATES, resultDescription, resultSummary, SLOT_SOURCES } from './result-text';
import { TAXONOMY_FIELDS, TaxonomyField } from './taxonomy';
import { CombinationDeck, drawTheme, money, roundPrice, Theme } from './text-kit';

export type { CatalogGeneratorOptions, GeneratedCatalog, GeneratedNeed, GeneratedOrganization, GeneratedPatent, GeneratedResult };

export const DEFAULT_CATALOG_SEED = 20261101;
export const DEFAULT_RESULT_COUNT = 2700;
export const DEFAULT_NEED_COUNT = 150;
/** Fixed so the default dataset is the same whenever it is generated. */
export const DEFAULT_CATALOG_NOW = new Date('2026-11-01T00:00:00Z');

const DAY = 86_400_000;
/** Last events fall within this many days before `now`; earlier steps of the funnel a little before. */
const WINDOW_DAYS = 700;
/** Published MAJOR_INNOVATION results selected for `now`'s year, guaranteed so the yearly target (≥ 10) shows. */
const GUARANTEED_SELECTIONS = 12;
/** Share of needs that are collective R&D (≈ 20 of 150). */
const COLLECTIVE_RATE = 0.135;

const TRANSFER_MODES = ['TRANSFER', 'LICENSE', 'EQUITY', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE'] as const;
const RESEARCH_KINDS = new Set<GeneratedOrganization['kind']>(['UNIVERSITY', 'RESEARCH_INSTITUTE', 'INNOVATION_PLATFORM']);
const CHAIN_WEIGHT: Record<string, number> = { QL: 1.2, JL: 1.4, BL: 0.7, HC: 1 };

type ResultStatus = GeneratedResult['status'];
type ResultClass = GeneratedResult['resultClass'];
type NeedStatus = GeneratedNeed['status'];

/**
 * The deterministic demo catalogue: organizations up front, results and needs as lazy streams so a
 * seed of 100k results never holds them all. Same options, same output; every call of `results()`
 * or `needs()` starts over from the first item.
 */
export function generateCatalog(options: CatalogGeneratorOptions = {}): GeneratedCatalog {
  const seed = (options.seed ?? DEFAULT_CATALOG_SEED) >>> 0;
  const resultCount = count(options.results ?? DEFAULT_RESULT_COUNT, 'results');
  const needCount = count(options.needs ?? DEFAULT_NEED_COUNT, 'needs');
  const now = new Date(options.now ?? DEFAULT_CATALOG_NOW);
  if (Number.isNaN(now.getTime())) throw new Error('generateCatalog: `now` is not a valid date');

  const profiles = generateOrganizations(seed);
  const pools = new Pools(profiles);
  return {
    organizations: profiles.map((profile) => profile.organization),
    results: () => resultStream(seed, resultCount, now.getTime(), pools),
    needs: () => needStream(seed, needCount, now.getTime(), pools),
  };
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`generateCatalog: \`${name}\` must be a non-negative integer`);
  return value;
}

/** Organizations grouped the ways the streams draw them. */
class Pools {
  readonly researchByField = new Map<string, OrganizationProfile[]>();
  readonly keyResearchByField = new Map<string, OrganizationProfile[]>();
  readonly enterprisesByField = new Map<string, OrganizationProfile[]>();
  readonly research: OrganizationProfile[];
  readonly keyResearch: OrganizationProfile[];
  readonly enterprises: OrganizationProfile[];

  constructor(profiles: OrganizationProfile[]) {
    this.research = profiles.filter((p) => RESEARCH_KINDS.has(p.organization.kind));
    this.keyResearch = this.research.filter((p) => p.organization.keyPlatform);
    this.enterprises = profiles.filter((p) => p.organization.kind === 'ENTERPRISE');
    const index = (target: Map<string, OrganizationProfile[]>, list: OrganizationProfile[]) => {
      for (const profile of list) for (const code of profile.fieldCodes) target.set(code, [...(target.get(code) ?? []), profile]);
    };
    index(this.researchByField, this.research);
    index(this.keyResearchByField, this.keyResearch);
    index(this.enterprisesByField, this.enterprises);
  }

  /** Mostly an organization working in the field (key ones twice as likely), sometimes anyone. */
  pick(random: Random, byField: Map<string, OrganizationProfile[]>, all: OrganizationProfile[], field: string): OrganizationProfile {
    const local = byField.get(field) ?? [];
    if (local.length === 0 || random.chance(0.05)) return random.pick(all);
    return random.weighted(local.map((p) => [p, p.organization.keyPlatform ? 2 : 1] as const));
  }
}

function pickField(random: Random): TaxonomyField {
  return random.weighted(TAXONOMY_FIELDS.map((field) => [field, CHAIN_WEIGHT[field.chainCode] ?? 1] as const));
}

function at(ms: number): Date {
  return new Date(Math.floor(ms / 1000) * 1000);
}

function* resultStream(seed: number, total: number, now: number, pools: Pools): Generator<GeneratedResult> {
  const decks = new Map<string, CombinationDeck>();
  let guaranteed = 0;
  const yearStart = Date.UTC(new Date(now).getUTCFullYear(), 0, 1);

  for (let i = 0; i < total; i += 1) {
    const random = Random.for(seed, 2, i);
    const resultClass = random.weighted<ResultClass>([
      ['MAJOR_INNOVATION', 3],
      ['INDUSTRIAL_INNOVATION', 45],
      ['ENTERPRISE_DEMAND', 52],
    ]);
    const field = pickField(random);
    const owner =
      resultClass === 'MAJOR_INNOVATION'
        ? pools.pick(random, pools.keyResearchByField, pools.keyResearch, field.code)
        : pools.pick(random, pools.researchByField, pools.research, field.code);

    // Title: a fresh combination of this field and template, so titles stay distinct at scale.
    const templateIndex = random.int(0, RESULT_TITLE_TEMPLATES.length - 1);
    const template = RESULT_TITLE_TEMPLATES[templateIndex];
    const deckKey = `${field.code}#${templateIndex}`;
    let deck = decks.get(deckKey);
    if (!deck) {
      const radices = template.slots.map((slot) => SLOT_SOURCES[slot](field.vocabulary).length);
      deck = new CombinationDeck(radices, Random.for(seed, 3, TAXONOMY_FIELDS.indexOf(field) * 16 + templateIndex));
      decks.set(deckKey, deck);
    }
    const digits = deck.next();
    const fixed: Partial<Theme> = {};
    template.slots.forEach((slot, index) => {
      fixed[slot] = SLOT_SOURCES[slot](field.vocabulary)[digits[index]];
    });
    const theme = drawTheme(random, field.vocabulary, fixed);
    const title = template.render(theme);

    const trl = drawTrl(random, resultClass);
    const forceSelection = resultClass === 'MAJOR_INNOVATION' && guaranteed < GUARANTEED_SELECTIONS && now - yearStart > 2 * DAY;
    if (forceSelection) guaranteed += 1;
    const status: ResultStatus = forceSelection
      ? 'PUBLISHED'
      : resultClass === 'MAJOR_INNOVATION'
        ? random.weighted<ResultStatus>([
            ['PUBLISHED', 60],
            ['DRAFT', 5],
            ['SUBMITTED', 10],
            ['EVALUATED', 10],
            ['REJECTED', 8],
            ['WITHDRAWN', 7],
          ])
        : random.weighted<ResultStatus>([
            ['PUBLISHED', 44],
            ['DRAFT', 12],
            ['SUBMITTED', 14],
            ['EVALUATED', 9],
            ['REJECTED', 12],
            ['WITHDRAWN', 9],
          ]);

    const last = forceSelection ? random.float(yearStart, now - DAY) : now - random.float(0.05, WINDOW_DAYS) * DAY;
    const times = funnelTimes(random, status, last);
    const evaluation = times.evaluatedAt ? drawEvaluation(random, field, theme, trl, status !== 'REJECTED') : null;
    const selectedYear =
      status === 'PUBLISHED' && resultClass === 'MAJOR_INNOVATION' && (forceSelection || random.chance(0.35)) ? times.publishedAt!.getUTCFullYear() : null;

    const patents = drawPatents(random, field, theme, resultClass, times.createdAt);
    const transferModes = sortModes(
      random.sample(
        TRANSFER_MODES,
        random.weighted([
          [1, 4],
          [2, 4],
          [3, 2],
        ]),
      ),
    );
    const askingPrice = drawPrice(
      random,
      resultClass === 'MAJOR_INNOVATION' ? [2_000_000, 20_000_000] : resultClass === 'INDUSTRIAL_INNOVATION' ? [200_000, 5_000_000] : [50_000, 1_500_000],
    );
    const needsPilot = random.chance(trl >= 4 && trl <= 6 ? 0.28 : 0.04);
    const visibility = random.weighted<GeneratedResult['visibility']>([
      ['PUBLIC', 60],
      ['TEASER', 30],
      ['PRIVATE', 10],
    ]);
    const textInput = { field, theme, title, ownerName: owner.organization.name, trl, resultClass, patents, transferModes, askingPrice, needsPilot };

    yield {
      key: `result-${String(i + 1).padStart(6, '0')}`,
      ownerKey: owner.organization.key,
      title,
      summary: resultSummary(random, textInput),
      description: resultDescription(random, textInput),
      keywords: keywordsFor(random, field, theme),
      resultClass,
      fieldCode: field.code,
      trl,
      patents,
      transferModes,
      askingPrice,
      needsPilot,
      visibility,
      status,
      ...times,
      evaluation,
      selectedYear,
    };
  }
}

function drawTrl(random: Random, resultClass: ResultClass): number {
  switch (resultClass) {
    case 'MAJOR_INNOVATION':
      return random.weighted([
        [3, 1],
        [4, 2],
        [5, 3],
        [6, 4],
        [7, 3],
        [8, 1],
      ]);
    case 'INDUSTRIAL_INNOVATION':
      return random.weighted([
        [1, 0.3],
        [2, 1],
        [3, 2],
        [4, 3],
        [5, 3],
        [6, 3],
        [7, 2],
        [8, 1],
        [9, 0.5],
      ]);
    case 'ENTERPRISE_DEMAND':
      return random.weighted([
        [3, 0.5],
        [4, 1],
        [5, 2],
        [6, 3],
        [7, 3],
        [8, 2],
        [9, 1],
      ]);
  }
}

/** Walks back from the status's last event so every step happens strictly after the one before. */
function funnelTimes(random: Random, status: ResultStatus, last: number): Pick<GeneratedResult, 'createdAt' | 'submittedAt' | 'evaluatedAt' | 'publishedAt'> {
  let publishedAt: number | null = null;
  let evaluatedAt: number | null = null;
  let submittedAt: number | null = null;
  switch (status) {
    case 'DRAFT':
      return { createdAt: at(last), submittedAt: null, evaluatedAt: null, publishedAt: null };
    case 'SUBMITTED':
      submittedAt = last;
      break;
    case 'EVALUATED':
    case 'REJECTED':
      evaluatedAt = last;
      break;
    case 'PUBLISHED':
      publishedAt = last;
      evaluatedAt = last - random.float(1, 20) * DAY;
      break;
    case 'WITHDRAWN':
      // Withdrawn by the owner after submission, sometimes after an approving evaluation.
      if (random.chance(0.4)) evaluatedAt = last - random.float(1, 30) * DAY;
      else submittedAt = last - random.float(1, 30) * DAY;
      break;
  }
  if (evaluatedAt !== null) submittedAt = evaluatedAt - random.float(3, 45) * DAY;
  const createdAt = submittedAt! - random.float(1, 30) * DAY;
  const maybe = (ms: number | null) => (ms === null ? null : at(ms));
  return { createdAt: at(createdAt), submittedAt: maybe(submittedAt), evaluatedAt: maybe(evaluatedAt), publishedAt: maybe(publishedAt) };
}

function drawEvaluation(random: Random, field: TaxonomyField, theme: Theme, trl: number, approved: boolean): NonNullable<GeneratedResult['evaluation']> {
  const metric = random.pick(field.vocabulary.metrics).name;
  const comment = approved
    ? random.pick([
        `技术路线清晰，${metric}等核心指标达到行业先进水平，建议在${theme.application}领域优先推广。`,
        `成果创新性较强，知识产权布局较完整，${theme.subject}具备产业化基础，同意发布。`,
        `${metric}指标有第三方检测数据支撑，市场需求明确，建议对接${theme.application}相关企业开展示范应用。`,
        `团队工程化能力较强，${theme.method}路线可行，建议结合中试平台加快转化。`,
      ])
    : random.pick([
        `创新点论证不充分，${metric}缺少第三方检测数据支撑，建议补充验证后重新提交。`,
        `与现有${theme.subject}技术相比优势不明显，市场分析不足，暂不予发布。`,
        `知识产权权属不清晰，请补充专利及合作协议材料后再申报。`,
        `技术成熟度偏低，${theme.process}工艺稳定性有待验证，建议完成小试后再申报。`,
      ]);
  const score = approved ? random.int(60, 96) : random.int(28, 59);
  return {
    score,
    technicalMaturity: Math.min(100, Math.max(10, trl * 9 + random.int(5, 20) - (approved ? 0 : 15))),
    marketPotential: Math.min(100, Math.max(10, score + random.int(-15, 12))),
    comment,
    approved,
  };
}

function drawPatents(random: Random, field: TaxonomyField, theme: Theme, resultClass: ResultClass, createdAt: Date): GeneratedPatent[] {
  const n =
    resultClass === 'MAJOR_INNOVATION'
      ? random.int(2, 5)
      : resultClass === 'INDUSTRIAL_INNOVATION'
        ? random.weighted([
            [0, 2],
            [1, 3],
            [2, 3],
            [3, 2],
            [4, 1],
          ])
        : random.weighted([
            [0, 4],
            [1, 4],
            [2, 2],
          ]);
  const patents: GeneratedPatent[] = [];
  const numbers = new Set<string>();
  while (patents.length < n) {
    const invention = random.chance(0.65);
    const year = createdAt.getUTCFullYear() - random.int(0, 4);
    const number = buildPatentNumber(year, invention ? 1 : 2, random.int(100_000, 1_999_999));
    if (numbers.has(number)) continue;
    numbers.add(number);
    patents.push({ number, title: patentTitle(random, field.vocabulary, theme, invention), granted: random.chance(invention ? 0.6 : 0.9) });
  }
  return patents;
}

function drawPrice(random: Random, [low, high]: [number, number]): GeneratedResult['askingPrice'] {
  const negotiable = random.chance(0.3);
  if (negotiable && random.chance(0.5)) return { min: null, max: null, negotiable: true };
  const min = roundPrice(random.float(low, high));
  const max = Math.max(min, roundPrice(min * random.float(1.2, 3)));
  return { min: money(min), max: money(max), negotiable };
}

function sortModes(modes: readonly string[]): string[] {
  return TRANSFER_MODES.filter((mode) => modes.includes(mode));
}

function* needStream(seed: number, total: number, now: number, pools: Pools): Generator<GeneratedNeed> {
  const phase = Random.for(seed, 4, 0).next();
  for (let i = 0; i < total; i += 1) {
    const random = Random.for(seed, 5, i);
    const field = pickField(random);
    const enterprise = pools.pick(random, pools.enterprisesByField, pools.enterprises, field.code);
    // Stratified rather than drawn, so the share of collective needs is the same at every scale.
    const collective = Math.floor((i + 1) * COLLECTIVE_RATE + phase) > Math.floor(i * COLLECTIVE_RATE + phase);
    const status = collective
      ? random.weighted<NeedStatus>([
          ['PUBLISHED', 55],
          ['IN_NEGOTIATION', 25],
          ['SOLVED', 10],
          ['DRAFT', 10],
        ])
      : random.weighted<NeedStatus>([
          ['DRAFT', 8],
          ['PUBLISHED', 62],
          ['IN_NEGOTIATION', 14],
          ['SOLVED', 9],
          ['CLOSED', 7],
        ]);
    const open = status === 'DRAFT' || status === 'PUBLISHED' || status === 'IN_NEGOTIATION';

    let createdAt: number;
    let publishedAt: number | null = null;
    if (status === 'DRAFT') {
      createdAt = now - random.float(0.5, 120) * DAY;
    } else {
      publishedAt = now - random.float(status === 'PUBLISHED' ? 0.5 : 30, WINDOW_DAYS) * DAY;
      createdAt = publishedAt - random.float(0.1, 20) * DAY;
    }
    let deadline: number | null = null;
    if (open) deadline = random.chance(0.9) ? now + random.float(30, 540) * DAY : null;
    else if (random.chance(0.8)) deadline = publishedAt! + random.float(60, 365) * DAY;

    const theme = drawTheme(random, field.vocabulary);
    const minTrl = random.chance(0.2) ? null : random.int(4, 8);
    const preferredModes = sortModes(
      random.sample(
        TRANSFER_MODES,
        random.weighted([
          [1, 4],
          [2, 4],
          [3, 2],
        ]),
      ),
    );
    const visibility = random.weighted<GeneratedNeed['visibility']>([
      ['PUBLIC', 60],
      ['TEASER', 30],
      ['PRIVATE', 10],
    ]);

    let budget: GeneratedNeed['budget'];
    let collectiveTarget: string | null = null;
    let pledges: GeneratedNeed['pledges'] = [];
    if (collective) {
      // The pooled target is the budget's ceiling: the project is what the pledges pay for.
      const target = roundPrice(random.float(1_000_000, 10_000_000));
      collectiveTarget = money(target);
      budget = { min: money(roundPrice(target * random.float(0.5, 0.8))), max: money(target), negotiable: false };
      if (publishedAt !== null) pledges = drawPledges(random, pools, enterprise, field.code, target, publishedAt, now, status !== 'PUBLISHED');
    } else {
      budget = drawPrice(random, [100_000, 3_000_000]);
    }
    const textInput = {
      field,
      theme,
      enterpriseName: enterprise.organization.name,
      minTrl,
      budget,
      deadline: deadline === null ? null : at(deadline),
      preferredModes,
      collectiveTarget,
      collectivePartners: pledges.length,
    };
    yield {
      key: `need-${String(i + 1).padStart(5, '0')}`,
      enterpriseKey: enterprise.organization.key,
      title: needTitle(random, theme, collective),
      summary: needSummary(random, textInput),
      description: needDescription(random, textInput),
      keywords: keywordsFor(random, field, theme),
      fieldCode: field.code,
      minTrl,
      budget,
      deadline: textInput.deadline,
      preferredModes,
      visibility,
      status,
      createdAt: at(createdAt),
      publishedAt: publishedAt === null ? null : at(publishedAt),
      collectiveTarget,
      pledges,
    };
  }
}

/**
 * 0–4 pledges from other enterprises (same field first). A funded need's pledges reach the target
 * exactly with the last one (pledging stops there); an unfunded need's pledges stay below it.
 */
function drawPledges(
  random: Random,
  pools: Pools,
  owner: OrganizationProfile,
  field: string,
  target: number,
  publishedAt: number,
  now: number,
  likelyFunded: boolean,
): GeneratedNeed['pledges'] {
  const funded = random.chance(likelyFunded ? 0.7 : 0.3);
  const n = funded ? random.int(2, 4) : random.int(0, 4);
  const sameField = (pools.enterprisesByField.get(field) ?? []).filter((p) => p !== owner);
  const others = pools.enterprises.filter((p) => p !== owner && !sameField.includes(p));
  const fromField = random.sample(sameField, Math.min(sameField.length, random.int(Math.ceil(n / 2), n)));
  const pledgers = [...fromField, ...random.sample(others, n - fromField.length)];
  const amounts: number[] = [];
  if (funded) {
    const weights = pledgers.map(() => random.float(1, 3));
    const sum = weights.reduce((a, b) => a + b, 0);
    let left = target;
    pledgers.forEach((_, index) => {
      const amount =
        index === pledgers.length - 1 ? left : Math.min(left - 10_000 * (pledgers.length - 1 - index), roundPrice((target * weights[index]) / sum));
      amounts.push(amount);
      left -= amount;
    });
  } else {
    for (const _ of pledgers) amounts.push(Math.max(10_000, Math.round((target * random.float(0.05, 0.22)) / 10_000) * 10_000));
  }
  const span = now - publishedAt;
  const times = pledgers.map(() => publishedAt + random.float(0.01, 0.98) * span).sort((a, b) => a - b);
  return pledgers.map((profile, index) => ({ organizationKey: profile.organization.key, amount: money(amounts[index]), pledgedAt: at(times[index]) }));
}
