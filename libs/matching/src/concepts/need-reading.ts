import { ConceptSet } from './concept-set';

/**
 * How a need's own sentences qualify the concepts they name, read with a few general cues rather
 * than one synonym per phrasing:
 * - what the need already has or tried and found not enough (已采用SNCR但仍不达标, 现有活性炭吸附效果
 *   不佳, we already use X but …) or says it is not after (不是要换电池，而是 …) is set aside: it is
 *   neither the technique the need wants nor ground for calling another result a look-alike;
 * - a problem's object followed by a symptom cue (NOx达不到超低排放, 齿轮箱频繁损坏, COD偏高) names that
 *   problem, whichever words the enterprise chose for the symptom;
 * - a concept that only tells the setting (an RO *plant*, 储能电站, 喷涂线) or is found only by a short
 *   abbreviation (RO, UF: two letters many things share) counts less than one the need is about.
 */

/** Cues that a technique is already in place or was tried. */
const TRIED_ZH = [
  '已采用',
  '已经采用',
  '已使用',
  '已经使用',
  '已用',
  '已上',
  '已安装',
  '已加装',
  '已更换',
  '已换',
  '已做',
  '已试',
  '试过',
  '尝试过',
  '尝试了',
  '用过',
  '采用了',
  '使用了',
  '目前采用',
  '目前使用',
  '目前用',
  '现用',
  '现有',
  '原有',
  '原来用',
  '原用',
];
const TRIED_EN = [
  'we tried',
  'tried',
  'already use',
  'already using',
  'already have',
  'already installed',
  'currently use',
  'currently using',
  'existing',
  'we use',
];
/** Cues that what was tried is not enough (the clause or the next one must carry one). */
const SHORT_ZH = [
  '效果不佳',
  '效果不好',
  '效果差',
  '效果不够',
  '效果有限',
  '效果不明显',
  '不够',
  '不理想',
  '不达标',
  '未达标',
  '达不到',
  '仍不',
  '仍然',
  '仍',
  '还是',
  '依然',
  '依旧',
  '压不住',
  '解决不了',
  '无法',
  '不能满足',
  '不满足',
  '不行',
  '饱和快',
];
const SHORT_EN = [
  'not enough',
  'insufficient',
  'not sufficient',
  'did not',
  "didn't",
  'does not',
  "doesn't",
  'still',
  'failed',
  'fails',
  'not meet',
  'falls short',
  'limited effect',
];
/** Where the span of a tried technique ends: the turn to what is still wrong. */
const TURN = ['但', '可是', '却', '然而', 'but', 'yet', 'however'];

/** Symptom cues: after a problem's object they name the problem. */
const SYMPTOM_LONG = [
  '超标',
  '不达标',
  '未达标',
  '达不到',
  '超限',
  '超出',
  '偏高',
  '过高',
  '太高',
  '较高',
  '很高',
  '高企',
  '偏大',
  '过大',
  '太大',
  '偏低',
  '过低',
  '太低',
  '不足',
  '下降',
  '降低',
  '衰减',
  '变差',
  '恶化',
  '频繁',
  '早期失效',
  '失效',
  '损坏',
  '故障',
  '开裂',
  '严重',
];
/** One-character cues count only right after the object (电耗高, 良率低), not across words (提高能效). */
const SYMPTOM_SHORT = ['高', '低', '大', '短', '差', '多'];
const SYMPTOM_EN_AFTER = [
  'exceedance',
  'exceedances',
  'exceeds',
  'exceed',
  'exceeding',
  'above limit',
  'above the limit',
  'too high',
  'failure',
  'failures',
  'fails',
  'failing',
  'breakdowns',
  'is high',
  'are high',
];
const SYMPTOM_EN_BEFORE = ['high', 'excessive', 'frequent', 'premature', 'too much', 'rising'];
/** How far after the object a long cue may start (老是超标, 排放浓度偏高). */
const SYMPTOM_WINDOW = 8;

/** What follows a concept when it names the place, not the purpose (an RO plant, 储能电站). */
const SITE_ZH = ['电站', '厂', '工厂', '车间', '生产线', '产线', '线', '企业', '公司', '基地', '项目', '领域', '行业'];
const SITE_EN = ['plant', 'plants', 'station', 'stations', 'factory', 'facility', 'site', 'operator', 'line'];

/** The weight a setting-only or short-abbreviation concept keeps. */
export const CONTEXT_SHARE = 0.5;

const CLAUSE_BREAK = /[，。；;！？!?\n]|[,.](?=\s|$)/gu;
const LATIN_WORD = /[a-z0-9]/;

/** One clause of a need's text, normalised, with its offset in the whole. */
interface Clause {
  text: string;
  start: number;
}

function clauses(normalised: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const match of normalised.matchAll(CLAUSE_BREAK)) {
    out.push({ text: normalised.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  out.push({ text: normalised.slice(start), start });
  return out;
}

/** Index of a cue in text, English cues on word boundaries; -1 when absent. */
function findCue(text: string, cue: string, from = 0): number {
  let at = text.indexOf(cue, from);
  while (at >= 0) {
    const latin = LATIN_WORD.test(cue[0]);
    const before = text[at - 1] ?? '';
    const after = text[at + cue.length] ?? '';
    if (!latin || (!LATIN_WORD.test(before) && !LATIN_WORD.test(after))) return at;
    at = text.indexOf(cue, at + 1);
  }
  return -1;
}

function hasAny(text: string, cues: readonly string[]): boolean {
  return cues.some((cue) => findCue(text, cue) >= 0);
}

/**
 * The spans of a normalised text (offsets in it) whose techniques the need already has or does not
 * want: after a tried cue up to the turn (但, but) when this clause or the next says it is not
 * enough, and between 不是 and 而是.
 */
export function setAsideSpans(normalised: string): [number, number][] {
  const spans: [number, number][] = [];
  const parts = clauses(normalised);
  parts.forEach((clause, index) => {
    const next = parts[index + 1]?.text ?? '';
    for (const cue of [...TRIED_ZH, ...TRIED_EN]) {
      const at = findCue(clause.text, cue);
      if (at < 0) continue;
      const after = clause.text.slice(at + cue.length);
      let end = after.length;
      for (const turn of TURN) {
        const position = findCue(after, turn);
        if (position >= 0 && position < end) end = position;
      }
      const tail = after.slice(end);
      const span = after.slice(0, end);
      // The shortfall after the turn, in the span itself (活性炭吸附效果不佳), or in the next clause.
      const short = (text: string) => hasAny(text, SHORT_ZH) || hasAny(text, SHORT_EN);
      if (short(tail) || short(span) || short(next)) {
        const from = clause.start + at + cue.length;
        spans.push([from, from + end]);
      }
    }
    // 不是X而是Y (是不是, 不是很 are not the contrast).
    const not = clause.text.indexOf('不是');
    if (not >= 0 && clause.text[not - 1] !== '是' && clause.text[not + 2] !== '很') {
      const but = clause.text.indexOf('而是', not);
      spans.push([clause.start + not + 2, clause.start + (but > not ? but : clause.text.length)]);
    }
  });
  return spans;
}

/**
 * For each problem of the set, the objects its names speak of (氮氧化物 in 氮氧化物超标, nox in nox超标,
 * 齿轮箱 in 齿轮箱频繁损坏, and every other name of 齿轮箱 when that object is a concept of its own).
 * Two-character Chinese remainders (电耗, 精度, 成本) say too little about which problem they are.
 */
export function problemObjects(set: ConceptSet): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (stem: string, id: string) => {
    const list = out.get(stem) ?? [];
    if (!list.includes(id)) list.push(id);
    out.set(stem, list);
  };
  const cues = [...SYMPTOM_LONG, ...SYMPTOM_SHORT].sort((a, b) => b.length - a.length);
  const enCues = [...SYMPTOM_EN_AFTER].sort((a, b) => b.length - a.length);
  for (const concept of set.all()) {
    if (concept.kind !== 'problem') continue;
    for (const key of concept.keys) {
      let stem: string | undefined;
      for (const cue of cues) {
        if (key.endsWith(cue) && key.length > cue.length) {
          stem = key.slice(0, key.length - cue.length).trim();
          break;
        }
      }
      if (!stem) {
        for (const cue of enCues) {
          if (key.endsWith(` ${cue}`)) {
            stem = key.slice(0, key.length - cue.length - 1).trim();
            break;
          }
        }
      }
      if (!stem) continue;
      // Trailing fillers of a name (排放, emissions) stay optional: 氮氧化物排放超标 and 氮氧化物超标 are one object.
      const stems = [stem, stem.replace(/(排放|排放浓度|浓度|emissions?)$/u, '').trim()];
      for (const candidate of stems) {
        const latin = /^[a-z0-9 ]+$/.test(candidate);
        const object = set.idsForKey(candidate).filter((id) => set.get(id)!.kind !== 'problem');
        if (!latin && candidate.length < 3 && object.length === 0) continue;
        if (latin && candidate.replace(/\s/g, '').length < 2) continue;
        add(candidate, concept.id);
        for (const objectId of object) for (const other of set.get(objectId)!.keys) if (other.length >= 2) add(other, concept.id);
      }
    }
  }
  return out;
}

/** Problems named by one of their objects and a symptom cue in a normalised text, with the key that named them. */
export function symptomProblems(
  normalised: string,
  objects: ReadonlyMap<string, readonly string[]>,
  lengths: readonly number[],
): { id: string; key: string }[] {
  const out: { id: string; key: string }[] = [];
  for (const clause of clauses(normalised)) {
    const text = clause.text;
    for (let position = 0; position < text.length; position += 1) {
      for (const length of lengths) {
        if (position + length > text.length) continue;
        const stem = text.slice(position, position + length);
        const ids = objects.get(stem);
        if (!ids) continue;
        const latin = LATIN_WORD.test(stem[0]);
        if (latin && (LATIN_WORD.test(text[position - 1] ?? '') || LATIN_WORD.test(text[position + length] ?? ''))) continue;
        const after = text.slice(position + length);
        const before = text.slice(0, position);
        const near = after.slice(0, SYMPTOM_WINDOW + 4);
        const named =
          SYMPTOM_LONG.some((cue) => {
            const at = near.indexOf(cue);
            return at >= 0 && at <= SYMPTOM_WINDOW;
          }) ||
          SYMPTOM_SHORT.some((cue) => after.startsWith(cue) || after.startsWith(`偏${cue}`) || after.startsWith(`过${cue}`) || after.startsWith(`太${cue}`)) ||
          SYMPTOM_EN_AFTER.some((cue) => {
            const at = findCue(after.slice(0, 40), cue);
            return at >= 0;
          }) ||
          SYMPTOM_EN_BEFORE.some((cue) => before.trimEnd().endsWith(cue));
        if (named) for (const id of ids) out.push({ id, key: stem });
      }
    }
  }
  return out;
}

/** Whether a concept found at [start, end) of a normalised need text names its setting only (an RO plant, 储能电站). */
export function namesSetting(normalised: string, end: number): boolean {
  const after = normalised.slice(end).trimStart();
  if (SITE_ZH.some((word) => normalised.startsWith(word, end))) return true;
  // 储能电站用钠电电芯: what comes before 用 is what the product is for (用于 reads the other way).
  if (normalised.startsWith('用', end) && !normalised.startsWith('用于', end)) return true;
  return SITE_EN.some((word) => after.startsWith(word) && !LATIN_WORD.test(after[word.length] ?? ''));
}

/** A form that is a short Latin abbreviation (RO, UF, AR): many things share two letters. */
export function shortAbbreviation(key: string): boolean {
  return /^[a-z0-9]{2}$/.test(key);
}
