import { Concept, conceptKey, ConceptSet, latinEdges } from './concept-set';
import { CONTEXT_SHARE, namesSetting, problemObjects, setAsideSpans, shortAbbreviation, symptomProblems } from './need-reading';

/** One concept found in an item's text. */
export interface FoundConcept {
  id: string;
  /** The strongest part it was found in: title and keywords 2, summary 1 (for a need, after the field-common discount). */
  weight: number;
  /** The weight before any discount. */
  baseWeight: number;
  /** The normalised surface forms it was found under. */
  keys: string[];
  /** A need's concept its sentences name only as the setting (储能电站用…, an RO plant): sharing it says where, not what. */
  setting?: boolean;
}

/** The concepts of one need or result, by id. */
export interface ItemConcepts {
  found: ReadonlyMap<string, FoundConcept>;
  /** Sum of the weights. */
  totalWeight: number;
  /** Sum of the weights before any discount: the denominator of the need's concept coverage. */
  baseWeight?: number;
}

export const NO_CONCEPTS: ItemConcepts = Object.freeze({ found: new Map<string, FoundConcept>(), totalWeight: 0 });

const WORD_CHAR = /[a-z0-9]/;
const TITLE_WEIGHT = 2;
const KEYWORDS_WEIGHT = 2;
const SUMMARY_WEIGHT = 1;

/**
 * Finds the concept set's surface forms in public text: the text is normalised as the keys are
 * (`conceptKey`) and scanned left to right, taking the longest surface form starting at each
 * position (forward maximum matching, as a dictionary segmenter does), English forms only on
 * word boundaries. The same terms are in jieba's user dictionary, so the text features and the
 * search engine keep them whole too.
 */
export class ConceptExtractor {
  /** First character → the key lengths that start with it, longest first. */
  private readonly lengths = new Map<string, number[]>();
  private readonly keys = new Map<string, readonly string[]>();
  /** Problem objects (氮氧化物 of 氮氧化物超标) → the problems they name with a symptom cue. */
  private readonly objects: Map<string, string[]>;
  private readonly objectLengths: number[];

  constructor(readonly concepts: ConceptSet = ConceptSet.default()) {
    for (const key of concepts.keys()) {
      this.addKey(key, concepts.idsForKey(key));
      // Plural English forms find the singular concept (catalysts, fuel cells).
      if (latinEdges(key).end && !key.endsWith('s')) this.addKey(`${key}s`, concepts.idsForKey(key));
    }
    for (const list of this.lengths.values()) list.sort((a, b) => b - a);
    this.objects = problemObjects(concepts);
    this.objectLengths = [...new Set([...this.objects.keys()].map((key) => key.length))].sort((a, b) => b - a);
  }

  private addKey(key: string, ids: readonly string[]): void {
    if (this.keys.has(key)) return;
    this.keys.set(key, ids);
    const first = key[0];
    const list = this.lengths.get(first) ?? [];
    if (!list.includes(key.length)) list.push(key.length);
    this.lengths.set(first, list);
  }

  /** Concept ids with surface keys found in one text, in text order. */
  scan(text: string): { id: string; key: string }[] {
    return this.scanNormalised(conceptKey(text)).map(({ id, key }) => ({ id, key }));
  }

  /**
   * The other forms inside a matched one (叶片 in 叶片前缘保护): a result naming the compound names
   * its parts too, and the longest match alone would hide them.
   */
  private innerKeys(normalised: string, from: number, to: number, outer: string, out: { id: string; key: string; start: number; end: number }[]): void {
    for (let position = from; position < to; position += 1) {
      const char = normalised[position];
      if (WORD_CHAR.test(char) && position > 0 && WORD_CHAR.test(normalised[position - 1])) continue;
      for (const length of this.lengths.get(char) ?? []) {
        if (position + length > to) continue;
        const key = normalised.slice(position, position + length);
        if (key === outer) continue;
        const ids = this.keys.get(key);
        if (!ids) continue;
        if (WORD_CHAR.test(key[key.length - 1]) && WORD_CHAR.test(normalised[position + length] ?? '')) continue;
        for (const id of ids) out.push({ id, key, start: position, end: position + length });
        break;
      }
    }
  }

  private scanNormalised(normalised: string, inner = false): { id: string; key: string; start: number; end: number }[] {
    const out: { id: string; key: string; start: number; end: number }[] = [];
    let position = 0;
    while (position < normalised.length) {
      const char = normalised[position];
      const lengths = this.lengths.get(char);
      let advanced = false;
      if (lengths && !(WORD_CHAR.test(char) && position > 0 && WORD_CHAR.test(normalised[position - 1]))) {
        for (const length of lengths) {
          if (position + length > normalised.length) continue;
          const key = normalised.slice(position, position + length);
          const ids = this.keys.get(key);
          if (!ids) continue;
          const after = normalised[position + length] ?? '';
          if (WORD_CHAR.test(key[key.length - 1]) && WORD_CHAR.test(after)) continue;
          for (const id of ids) out.push({ id, key, start: position, end: position + length });
          if (inner) this.innerKeys(normalised, position, position + length, key, out);
          position += length;
          advanced = true;
          break;
        }
      }
      if (!advanced) position += 1;
    }
    return out;
  }

  /** The concepts of a need or result from its title, summary and keywords. */
  extract(item: { title: string; summary: string; keywords: readonly string[] }): ItemConcepts {
    const found = new Map<string, FoundConcept>();
    const add = (text: string, weight: number) => {
      for (const { id, key } of this.scanNormalised(conceptKey(text), true)) putFound(found, id, key, weight);
    };
    add(item.title, TITLE_WEIGHT);
    add(item.summary, SUMMARY_WEIGHT);
    // Each keyword alone: two adjacent keywords must not fuse into a longer surface form.
    for (const keyword of item.keywords) add(keyword, KEYWORDS_WEIGHT);
    let totalWeight = 0;
    for (const entry of found.values()) totalWeight += entry.weight;
    return { found, totalWeight };
  }

  /**
   * A need's concepts, read as a need is written (see `need-reading.ts`): techniques it already has
   * or tried without success, or says it is not after, are left out; a problem's object with a
   * symptom cue names the problem; a concept naming only the setting (an RO plant) or found only by
   * a two-letter abbreviation weighs `CONTEXT_SHARE` of its part.
   */
  extractNeed(item: { title: string; summary: string; keywords: readonly string[] }): ItemConcepts {
    const found = new Map<string, FoundConcept>();
    const put = (id: string, key: string, weight: number) => putFound(found, id, key, weight);
    // Concepts the sentences name only as the setting: their keywords (the same plant again) do not lift them.
    const setting = new Set<string>();
    const named = new Set<string>();
    const read = (text: string, weight: number, sentence: boolean) => {
      const normalised = conceptKey(text);
      const spans = sentence ? setAsideSpans(normalised) : [];
      for (const hit of this.scanNormalised(normalised)) {
        const concept = this.concepts.get(hit.id)!;
        const technique = concept.kind !== 'problem';
        if (technique && spans.some(([from, to]) => hit.start >= from && hit.end <= to)) continue;
        let share = shortAbbreviation(hit.key) ? CONTEXT_SHARE : 1;
        if (sentence && technique && namesSetting(normalised, hit.end)) {
          share *= CONTEXT_SHARE;
          setting.add(hit.id);
        } else if (sentence) named.add(hit.id);
        if (!sentence && setting.has(hit.id) && !named.has(hit.id)) share *= CONTEXT_SHARE;
        put(hit.id, hit.key, weight * share);
      }
      for (const { id, key } of symptomProblems(normalised, this.objects, this.objectLengths)) put(id, key, weight);
    };
    read(item.title, TITLE_WEIGHT, true);
    read(item.summary, SUMMARY_WEIGHT, true);
    for (const keyword of item.keywords) read(keyword, KEYWORDS_WEIGHT, false);
    for (const id of setting) if (!named.has(id) && found.has(id)) found.get(id)!.setting = true;
    let totalWeight = 0;
    for (const entry of found.values()) totalWeight += entry.weight;
    return { found, totalWeight };
  }

  /** A concept's name as written in the data under the key it was found with (for reasons). */
  surface(concept: Concept, key: string | undefined): string {
    return (key && concept.surfaces.get(key)) ?? concept.zh;
  }
}

/** A concept found under `key` with `weight`: the strongest mention counts, every form is kept. */
function putFound(found: Map<string, FoundConcept>, id: string, key: string, weight: number): void {
  const entry = found.get(id);
  if (!entry) found.set(id, { id, weight, baseWeight: weight, keys: [key] });
  else {
    entry.weight = Math.max(entry.weight, weight);
    entry.baseWeight = entry.weight;
    if (!entry.keys.includes(key)) entry.keys.push(key);
  }
}
