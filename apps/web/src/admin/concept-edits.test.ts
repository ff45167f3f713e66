import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { changedAttributes, cleanTerms, conceptRefusal, type ConceptSnapshot } from './concept-edits';

const refused = (reason: string, code: string, fields?: Record<string, string[]>, message = 'refused') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, reason, ...(fields ? { fields } : {}) } })] });

const sodium: ConceptSnapshot = {
  id: 'ssb.sodium-ion',
  fieldCode: 'JL.SSB',
  zh: '钠离子电池',
  en: 'sodium-ion battery',
  kind: 'TECHNIQUE',
  abbreviations: ['SIB'],
  synonyms: ['钠电', '钠电池'],
  broader: ['ssb.storage-battery'],
  solvedBy: [],
  partlySolvedBy: [],
};

describe('concept refusals', () => {
  it('puts the data files’ list names under the form’s fields', () => {
    const error = refused('CONCEPT_DUPLICATE_TERM', 'BAD_USER_INPUT', { 'input.syn': ['"锂电" already names ssb.lithium-ion'] });
    expect(conceptRefusal(error)).toEqual({ reason: 'CONCEPT_DUPLICATE_TERM', fields: { synonyms: ['"锂电" already names ssb.lithium-ion'] }, general: [] });
    expect(conceptRefusal(refused('CONCEPT_INVALID', 'BAD_USER_INPUT', { 'input.abbr': ['"X" is too short'] })).fields).toEqual({
      abbreviations: ['"X" is too short'],
    });
    expect(conceptRefusal(refused('CONCEPT_BROADER_CYCLE', 'BAD_USER_INPUT', { 'input.broader': ['cycle'] })).fields).toEqual({ broader: ['cycle'] });
  });

  it('keeps what no field holds, and the message when there are no fields', () => {
    expect(conceptRefusal(refused('CONCEPT_INVALID', 'BAD_USER_INPUT', { input: ['does not load'] }))).toEqual({
      reason: 'CONCEPT_INVALID',
      fields: {},
      general: ['does not load'],
    });
    expect(conceptRefusal(refused('CONCEPT_DRAFT_OPEN', 'CONFLICT', undefined, 'A draft is open'))).toEqual({
      reason: 'CONCEPT_DRAFT_OPEN',
      fields: {},
      general: ['A draft is open'],
    });
  });

  it('names no reason it does not know', () => {
    expect(conceptRefusal(refused('SOMETHING_ELSE', 'FORBIDDEN')).reason).toBeUndefined();
  });
});

describe('what a change did', () => {
  it('lists the items added and removed, and values replaced', () => {
    const after = { ...sodium, zh: '钠离子电池（储能）', synonyms: ['钠电', '钠离子储能电池'], abbreviations: ['SIB', 'NIB'] };
    expect(changedAttributes(sodium, after)).toEqual([
      { attribute: 'zh', type: 'value', before: '钠离子电池', after: '钠离子电池（储能）' },
      { attribute: 'abbreviations', type: 'list', added: ['NIB'], removed: [] },
      { attribute: 'synonyms', type: 'list', added: ['钠离子储能电池'], removed: ['钠电池'] },
    ]);
  });

  it('is empty for additions, removals and no change', () => {
    expect(changedAttributes(null, sodium)).toEqual([]);
    expect(changedAttributes(sodium, null)).toEqual([]);
    expect(changedAttributes(sodium, { ...sodium })).toEqual([]);
  });

  it('cleans typed terms', () => {
    expect(cleanTerms([' 钠电 ', '', '钠电', 'SIB'])).toEqual(['钠电', 'SIB']);
    expect(cleanTerms(undefined)).toEqual([]);
  });
});
