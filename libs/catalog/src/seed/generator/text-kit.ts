import { FieldMetric, FieldVocabulary } from './field-vocabulary';
import { Random } from './random';

/** The words a title was built from, reused by the summary and description so they agree. */
export interface Theme {
  qualifier: string;
  subject: string;
  process: string;
  method: string;
  application: string;
}

export function drawTheme(random: Random, vocabulary: FieldVocabulary, fixed: Partial<Theme> = {}): Theme {
  return {
    qualifier: fixed.qualifier ?? random.pick(vocabulary.qualifiers),
    subject: fixed.subject ?? random.pick(vocabulary.subjects),
    process: fixed.process ?? random.pick(vocabulary.processes),
    method: fixed.method ?? random.pick(vocabulary.methods),
    application: fixed.application ?? random.pick(vocabulary.applications),
  };
}

export function metricValue(random: Random, metric: FieldMetric): string {
  return random.float(metric.min, metric.max).toFixed(metric.digits);
}

/** "12.5 mS/cm", "35%", "1200次": a space only before Latin units. */
export function withUnit(value: string, unit: string): string {
  if (unit === '') return value;
  return /^[A-Za-z]/.test(unit) ? `${value} ${unit}` : `${value}${unit}`;
}

/** An achieved figure: "室温离子电导率达到12.5 mS/cm" / "电解质膜厚度降至20 μm". */
export function achieved(random: Random, metric: FieldMetric): string {
  const verb = metric.higherIsBetter ? random.pick(['达到', '可达', '达']) : random.pick(['降至', '低于', '控制在']);
  return `${metric.name}${verb}${withUnit(metricValue(random, metric), metric.unit)}`;
}

/** A requirement: "室温离子电导率不低于10 mS/cm". */
export function required(random: Random, metric: FieldMetric): string {
  const verb = metric.higherIsBetter ? random.pick(['不低于', '≥', '达到']) : random.pick(['不高于', '≤', '控制在']);
  return `${metric.name}${verb}${withUnit(metricValue(random, metric), metric.unit)}`;
}

/** "A、B和C". */
export function listZh(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

/** Money as the API's decimal string with two places. */
export function money(yuan: number): string {
  return `${Math.round(yuan)}.00`;
}

/** "380万元" (or "1.2亿元") for prose. */
export function wanYuan(yuan: number): string {
  if (yuan >= 100_000_000) return `${(yuan / 100_000_000).toFixed(yuan % 10_000_000 === 0 ? 1 : 2)}亿元`;
  return `${Math.round(yuan / 10_000)}万元`;
}

/** Rounds to a plausible price step (10k under 1M, 100k above). */
export function roundPrice(yuan: number): number {
  const step = yuan >= 1_000_000 ? 100_000 : 10_000;
  return Math.max(step, Math.round(yuan / step) * step);
}

export const TRL_STAGES: Record<number, string> = {
  1: '基本原理研究阶段',
  2: '技术概念与应用方案论证阶段',
  3: '实验室原理验证阶段',
  4: '实验室小试阶段',
  5: '模拟环境下的部件与样机验证阶段',
  6: '中试验证阶段',
  7: '工程样机实际环境示范运行阶段',
  8: '产品定型与小批量试产阶段',
  9: '规模化生产与商业应用阶段',
};

export const TRANSFER_MODE_ZH: Record<string, string> = {
  TRANSFER: '技术转让',
  LICENSE: '许可使用',
  EQUITY: '作价入股',
  JOINT_DEVELOPMENT: '合作开发',
  TECHNICAL_SERVICE: '技术服务',
};

/**
 * Picks `count` distinct combinations of slot values over a generator's life: counter c maps to
 * combination (a·c + b) mod N, a bijection when gcd(a, N) = 1, so titles of one field and template
 * stay distinct until the whole space is used (then they wrap).
 */
export class CombinationDeck {
  private counter = 0;
  private readonly size: number;
  private readonly step: number;
  private readonly offset: number;

  constructor(
    private readonly radices: readonly number[],
    random: Random,
  ) {
    this.size = radices.reduce((product, radix) => product * radix, 1);
    let step = random.int(Math.floor(this.size / 3), Math.max(1, Math.floor((2 * this.size) / 3)));
    while (gcd(step, this.size) !== 1) step += 1;
    this.step = step;
    this.offset = random.int(0, this.size - 1);
  }

  next(): number[] {
    let index = (this.step * this.counter + this.offset) % this.size;
    this.counter += 1;
    const digits: number[] = [];
    for (const radix of this.radices) {
      digits.push(index % radix);
      index = Math.floor(index / radix);
    }
    return digits;
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
