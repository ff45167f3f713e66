import bl from '../../../matching/src/concepts/data/bl.json';
import hc from '../../../matching/src/concepts/data/hc.json';
import jl from '../../../matching/src/concepts/data/jl.json';
import ql from '../../../matching/src/concepts/data/ql.json';

interface ConceptFile {
  fields: Record<string, { zh: string; en: string; abbr?: string[]; syn?: string[] }[]>;
}

const FILES = [ql, jl, bl, hc] as ConceptFile[];

/**
 * The surface forms of each concept of matching's concept layer (libs/matching/src/concepts/data,
 * read as data the way taxonomy-terms reads the catalogue's taxonomy): the Chinese name,
 * abbreviations and synonyms. They join the segmenter's user dictionary, so 钠离子电池 or
 * 选择性催化还原 stay one word in the index, in queries and in matching's features alike.
 */
export function conceptSurfaceGroups(): string[][] {
  return FILES.flatMap((file) =>
    Object.values(file.fields).flatMap((concepts) => concepts.map((concept) => [concept.zh, ...(concept.abbr ?? []), ...(concept.syn ?? [])])),
  );
}

/**
 * The concept forms for the user dictionary: those that do not contain another dictionary term.
 * jieba's search mode adds only two- and three-character sub-words of a word, so making
 * 硫化物固态电解质 one word would hide 固态电解质 inside it from the index and from matching's
 * features; such compounds are left to be cut into the terms they are made of.
 */
export function conceptTerms(otherTerms: readonly string[] = []): string[] {
  const forms = [...new Set(conceptSurfaceGroups().flat())];
  const all = [...new Set([...otherTerms, ...forms])].filter((term) => [...term].length >= 2);
  return forms.filter((form) => !all.some((other) => other !== form && other.length < form.length && form.includes(other)));
}
