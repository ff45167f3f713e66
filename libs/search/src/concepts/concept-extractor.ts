import { ConceptGraph, normaliseConceptText } from './concept-graph';

/** One concept found in a text: which label named it and how often. */
export interface ConceptMention {
  id: string;
  /** The labels (normalised) that named it, in order of first appearance. */
  labels: string[];
  count: number;
}

const LATIN = /[a-z0-9]/;

/**
 * Finds the concepts a text names: every label of the graph (names, abbreviations, synonyms
 * in both languages) matched on the normalised text, longest label first at each position, so
 * 脱硝催化剂 is one mention and not also 脱硝. A Latin label must stand as a word of its own
 * (`scr` in 「SCR 脱硝」 or 「SCR催化剂」, not inside `scrap`). Dictionary matching rather than jieba
 * tokens: a concept named by an administrator a minute ago is found at once, without cutting
 * the index again.
 */
export class ConceptExtractor {
  /** First character → labels starting with it, longest first. */
  private readonly byFirst = new Map<string, string[]>();

  constructor(readonly graph: ConceptGraph) {
    for (const label of graph.labels.keys()) {
      const first = label[0];
      const list = this.byFirst.get(first) ?? [];
      list.push(label);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  extract(text: string): ConceptMention[] {
    const normal = normaliseConceptText(text);
    const found = new Map<string, ConceptMention>();
    let at = 0;
    while (at < normal.length) {
      const label = this.longestAt(normal, at);
      if (!label) {
        at += 1;
        continue;
      }
      const id = this.graph.labels.get(label)!;
      const mention = found.get(id);
      if (mention) {
        mention.count += 1;
        if (!mention.labels.includes(label)) mention.labels.push(label);
      } else found.set(id, { id, labels: [label], count: 1 });
      at += label.length;
    }
    return [...found.values()];
  }

  private longestAt(text: string, at: number): string | undefined {
    const candidates = this.byFirst.get(text[at]);
    if (!candidates) return undefined;
    // A Latin label may not start inside a Latin word.
    const startsInsideWord = at > 0 && LATIN.test(text[at - 1]) && LATIN.test(text[at]);
    if (startsInsideWord) return undefined;
    for (const label of candidates) {
      if (!text.startsWith(label, at)) continue;
      const end = at + label.length;
      if (end < text.length && LATIN.test(label[label.length - 1]) && LATIN.test(text[end])) continue;
      return label;
    }
    return undefined;
  }
}
