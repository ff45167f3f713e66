import { chainOf, Taxonomy } from '../../taxonomy';
import { ConceptFile, conceptKey, ConceptKind, ConceptRecord, ConceptSet } from '../concept-set';

/** One concept of a dictionary version as stored (a data-file record with its field). */
export interface DictionaryConcept {
  id: string;
  fieldCode: string;
  zh: string;
  en: string;
  kind: ConceptKind;
  abbr: string[];
  syn: string[];
  broader: string[];
  solvedBy: string[];
  /** Techniques that address only part of the problem (see ConceptRecord). */
  partlySolvedBy: string[];
}

/** Why an edit is refused: the lib's reason and the messages per input field. */
export interface DictionaryProblem {
  reason: 'CONCEPT_INVALID' | 'CONCEPT_UNKNOWN_LINK' | 'CONCEPT_BROADER_CYCLE' | 'CONCEPT_DUPLICATE_TERM' | 'CONCEPT_IN_USE';
  fields: Record<string, string[]>;
  message: string;
}

/** The data files' concepts in their order, as dictionary rows. */
export function conceptsOfFiles(files: readonly ConceptFile[]): DictionaryConcept[] {
  const out: DictionaryConcept[] = [];
  for (const file of files)
    for (const [fieldCode, records] of Object.entries(file.fields)) for (const record of records) out.push(fromRecord(record, fieldCode));
  return out;
}

export function fromRecord(record: ConceptRecord, fieldCode: string): DictionaryConcept {
  return {
    id: record.id,
    fieldCode,
    zh: record.zh,
    en: record.en,
    kind: record.kind ?? 'technique',
    abbr: record.abbr ?? [],
    syn: record.syn ?? [],
    broader: record.broader ?? [],
    solvedBy: record.solvedBy ?? [],
    partlySolvedBy: record.partlySolvedBy ?? [],
  };
}

/** The record a change log entry shows (the data files' shape, empty lists left out). */
export function toRecord(concept: DictionaryConcept): ConceptRecord & { fieldCode: string } {
  return {
    id: concept.id,
    fieldCode: concept.fieldCode,
    zh: concept.zh,
    en: concept.en,
    ...(concept.abbr.length ? { abbr: concept.abbr } : {}),
    ...(concept.syn.length ? { syn: concept.syn } : {}),
    ...(concept.broader.length ? { broader: concept.broader } : {}),
    ...(concept.kind === 'problem' ? { kind: concept.kind } : {}),
    ...(concept.solvedBy.length ? { solvedBy: concept.solvedBy } : {}),
    ...(concept.partlySolvedBy.length ? { partlySolvedBy: concept.partlySolvedBy } : {}),
  };
}

/** Dictionary rows (in order) as data files, one per chain, with the sources noted per chain. */
export function filesOf(concepts: readonly DictionaryConcept[], sources: Readonly<Record<string, string[]>> = {}): ConceptFile[] {
  const files = new Map<string, ConceptFile>();
  for (const concept of concepts) {
    const chain = chainOf(concept.fieldCode);
    const file = files.get(chain) ?? { chain, sources: sources[chain] ?? [], fields: {} };
    files.set(chain, file);
    const { fieldCode: _field, ...record } = toRecord(concept);
    (file.fields[concept.fieldCode] ??= []).push(record);
  }
  return [...files.values()];
}

/** Two concepts say the same thing (the change log records only real changes). */
export function sameConcept(a: DictionaryConcept, b: DictionaryConcept): boolean {
  return JSON.stringify(toRecord(a)) === JSON.stringify(toRecord(b));
}

const HAN = /\p{Script=Han}/u;

/**
 * Checks a dictionary after one edit (`edited`: the concept added or changed), with the messages
 * under the input fields an administrator would correct: a field the taxonomy does not have,
 * empty names, links to unknown concepts, application links from a technique, a broader cycle, a
 * term another concept of the same field already names, a surface form too short to find.
 */
export function checkEdit(
  concepts: ReadonlyMap<string, DictionaryConcept>,
  edited: DictionaryConcept,
  taxonomy = Taxonomy.default(),
): DictionaryProblem | null {
  const invalid = (field: string, message: string): DictionaryProblem => ({ reason: 'CONCEPT_INVALID', fields: { [field]: [message] }, message });
  if (!taxonomy.field(edited.fieldCode)) return invalid('input.fieldCode', `No field ${edited.fieldCode} in the taxonomy`);
  if (!edited.zh.trim()) return invalid('input.zh', 'The Chinese name is empty');
  if (!edited.en.trim()) return invalid('input.en', 'The English name is empty');
  for (const [field, list] of [
    ['input.abbr', edited.abbr],
    ['input.syn', edited.syn],
  ] as const) {
    for (const surface of list) {
      const key = conceptKey(surface);
      if (!key) return invalid(field, 'A term is empty');
      if (!HAN.test(key) && key.replace(/\s/g, '').length < 2) return invalid(field, `"${surface}" is too short to be found in text`);
    }
  }
  for (const [field, links] of [
    ['input.broader', edited.broader],
    ['input.solvedBy', edited.solvedBy],
    ['input.partlySolvedBy', edited.partlySolvedBy],
  ] as const) {
    if (links.includes(edited.id)) {
      const message = `${edited.id} cannot link to itself`;
      return { reason: field === 'input.broader' ? 'CONCEPT_BROADER_CYCLE' : 'CONCEPT_INVALID', fields: { [field]: [message] }, message };
    }
    const unknown = links.filter((id) => !concepts.has(id));
    if (unknown.length > 0) {
      const message = `Unknown concept${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`;
      return { reason: 'CONCEPT_UNKNOWN_LINK', fields: { [field]: [message] }, message };
    }
  }
  if (edited.solvedBy.length > 0 && edited.kind !== 'problem') return invalid('input.solvedBy', 'Only a problem has application links (kind PROBLEM)');
  if (edited.partlySolvedBy.length > 0 && edited.kind !== 'problem')
    return invalid('input.partlySolvedBy', 'Only a problem has application links (kind PROBLEM)');
  const both = edited.partlySolvedBy.filter((id) => edited.solvedBy.includes(id));
  if (both.length > 0) return invalid('input.partlySolvedBy', `${both.join(', ')} cannot be both a full and a partial remedy`);
  // A cycle: walking up from the edited concept's parents comes back to it.
  const path = broaderPathTo(concepts, edited);
  if (path) {
    const message = `Broader links would form a cycle: ${path.join(' → ')}`;
    return { reason: 'CONCEPT_BROADER_CYCLE', fields: { 'input.broader': [message] }, message };
  }
  const ownKeys = new Map<string, string>();
  for (const [field, surfaces] of [
    ['input.zh', [edited.zh]],
    ['input.en', [edited.en]],
    ['input.abbr', edited.abbr],
    ['input.syn', edited.syn],
  ] as const) {
    for (const surface of surfaces) if (!ownKeys.has(conceptKey(surface))) ownKeys.set(conceptKey(surface), field);
  }
  for (const other of concepts.values()) {
    if (other.id === edited.id || other.fieldCode !== edited.fieldCode) continue;
    for (const surface of [other.zh, other.en, ...other.abbr, ...other.syn]) {
      const field = ownKeys.get(conceptKey(surface));
      if (!field) continue;
      const message = `"${surface}" already names ${other.id} (${other.zh}) in ${other.fieldCode}`;
      return { reason: 'CONCEPT_DUPLICATE_TERM', fields: { [field]: [message] }, message };
    }
  }
  return null;
}

/** The concepts that link to `id` (broader or application links): a removal would break them. */
export function linksTo(concepts: ReadonlyMap<string, DictionaryConcept>, id: string): string[] {
  return [...concepts.values()]
    .filter((other) => other.id !== id && (other.broader.includes(id) || other.solvedBy.includes(id) || other.partlySolvedBy.includes(id)))
    .map((other) => other.id);
}

function broaderPathTo(concepts: ReadonlyMap<string, DictionaryConcept>, edited: DictionaryConcept): string[] | null {
  const parentsOf = (id: string): string[] => (id === edited.id ? edited.broader : (concepts.get(id)?.broader ?? []));
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | null => {
    for (const parent of parentsOf(id)) {
      if (parent === edited.id) return [...path, parent];
      if (seen.has(parent)) continue;
      seen.add(parent);
      const found = walk(parent, [...path, parent]);
      if (found) return found;
    }
    return null;
  };
  return walk(edited.id, [edited.id]);
}

/** The concept set of a dictionary version, checked as the data files are at load. */
export function conceptSetOf(concepts: readonly DictionaryConcept[], sources?: Readonly<Record<string, string[]>>): ConceptSet {
  return new ConceptSet(filesOf(concepts, sources));
}
