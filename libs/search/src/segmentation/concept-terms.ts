import { ConceptGraph, normaliseConceptText } from '../concepts/concept-graph';

/**
 * The Chinese labels of the concept layer for the segmenter's user dictionary, so 钠离子电池,
 * 选择性催化还原 or 振动诊断 stay one word in the index and in queries (and a synonym of one
 * finds the other). A label that contains another label of four or more characters is left to
 * jieba: search-mode cutting only adds the two- and three-character parts of a long word, so
 * 层状氧化物正极钠离子电池 as one word would hide 钠离子电池 from the index.
 */
export function conceptTerms(graph: ConceptGraph): string[] {
  const han = [...graph.labels.keys()].filter((label) => /\p{Script=Han}/u.test(label) && !/\s/.test(label));
  const long = han.filter((label) => [...label].length >= 4);
  return han.filter((label) => !long.some((other) => other !== label && label.includes(other))).map((label) => normaliseConceptText(label));
}
