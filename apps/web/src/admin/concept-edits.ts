import type { CombinedError } from 'urql';
import { serverFieldErrors } from '../components/server-errors';

/** The concept editor's form fields. */
export type ConceptFormField = 'id' | 'fieldCode' | 'zh' | 'en' | 'kind' | 'abbreviations' | 'synonyms' | 'broader' | 'solvedBy' | 'partlySolvedBy';

/** The dictionary's refusals the console explains in its own words (others show the server's message). */
export const CONCEPT_REASONS = [
  'CONCEPT_BROADER_CYCLE',
  'CONCEPT_UNKNOWN_LINK',
  'CONCEPT_DUPLICATE_TERM',
  'CONCEPT_INVALID',
  'CONCEPT_IN_USE',
  'CONCEPT_DRAFT_OPEN',
  'CONCEPT_DRAFT_EMPTY',
  'CONCEPT_NOT_FOUND',
] as const;
export type ConceptReason = (typeof CONCEPT_REASONS)[number];

/** The server names the input's lists as the data files do (`input.abbr`, `input.syn`); the form by the GraphQL input's names. */
const SERVER_FIELDS: Record<string, ConceptFormField> = {
  id: 'id',
  fieldCode: 'fieldCode',
  zh: 'zh',
  en: 'en',
  kind: 'kind',
  abbr: 'abbreviations',
  abbreviations: 'abbreviations',
  syn: 'synonyms',
  synonyms: 'synonyms',
  broader: 'broader',
  solvedBy: 'solvedBy',
  partlySolvedBy: 'partlySolvedBy',
};

export interface ConceptRefusal {
  /** The lib's reason (`extensions.reason`) when it is one the console explains. */
  reason?: ConceptReason;
  /** Server messages under the form fields they are about (list items, e.g. `input.syn.2`, go to their list). */
  fields: Partial<Record<ConceptFormField, string[]>>;
  /** Messages about no form field (e.g. the whole dictionary no longer loads). */
  general: string[];
}

/** A refused saveConcept / removeConcept as the editor shows it. */
export function conceptRefusal(error: CombinedError): ConceptRefusal {
  const raw = error.graphQLErrors[0]?.extensions?.reason;
  const reason = CONCEPT_REASONS.find((known) => known === raw);
  const fields: ConceptRefusal['fields'] = {};
  const general: string[] = [];
  for (const [key, messages] of Object.entries(serverFieldErrors(error))) {
    const parts = key.split('.');
    if (parts[0] === 'input' && parts.length > 1) parts.shift();
    const field = SERVER_FIELDS[parts[0]];
    if (field) fields[field] = [...(fields[field] ?? []), ...messages];
    else general.push(...messages);
  }
  if (Object.keys(fields).length === 0 && general.length === 0) {
    const message = error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
    general.push(message);
  }
  return { reason, fields, general };
}

/** One concept as a change log shows it (the GraphQL DictionaryConcept's fields). */
export interface ConceptSnapshot {
  id: string;
  fieldCode: string;
  zh: string;
  en: string;
  kind: string;
  abbreviations: string[];
  synonyms: string[];
  broader: string[];
  solvedBy: string[];
  partlySolvedBy: string[];
}

export type ConceptAttribute = Exclude<keyof ConceptSnapshot, 'id'>;

/** What a change did to one attribute: a value replaced, or list items added and removed. */
export type AttributeChange =
  | { attribute: ConceptAttribute; type: 'value'; before: string; after: string }
  | { attribute: ConceptAttribute; type: 'list'; added: string[]; removed: string[] };

const VALUES: ConceptAttribute[] = ['fieldCode', 'zh', 'en', 'kind'];
const LISTS: ConceptAttribute[] = ['abbreviations', 'synonyms', 'broader', 'solvedBy', 'partlySolvedBy'];

/** The attributes an UPDATE changed, in the editor's order (nothing for an addition or a removal). */
export function changedAttributes(before: ConceptSnapshot | null | undefined, after: ConceptSnapshot | null | undefined): AttributeChange[] {
  if (!before || !after) return [];
  const out: AttributeChange[] = [];
  for (const attribute of [...VALUES, ...LISTS]) {
    const was = before[attribute];
    const now = after[attribute];
    if (Array.isArray(was) && Array.isArray(now)) {
      const added = now.filter((item) => !was.includes(item));
      const removed = was.filter((item) => !now.includes(item));
      if (added.length || removed.length) out.push({ attribute, type: 'list', added, removed });
    } else if (was !== now) {
      out.push({ attribute, type: 'value', before: String(was), after: String(now) });
    }
  }
  return out;
}

/** A list typed as tags: trimmed, empty ones and repeats dropped, in the typed order. */
export function cleanTerms(list: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const item of list ?? []) {
    const value = item.trim();
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}
