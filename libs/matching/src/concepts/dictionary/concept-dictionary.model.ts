import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { DictionaryConcept } from './concept-dictionary.rules';
import { ConceptChangeAction, DictionaryChange, DictionaryVersion } from './concept-dictionary.service';

export enum ConceptKindValue {
  TECHNIQUE = 'technique',
  PROBLEM = 'problem',
}

registerEnumType(ConceptKindValue, {
  name: 'ConceptKind',
  description: 'What a concept of the dictionary names.',
  valuesMap: {
    TECHNIQUE: { description: 'A technique, product or material.' },
    PROBLEM: { description: 'A problem or symptom; its application links name the techniques that address it.' },
  },
});

export enum ConceptChangeActionValue {
  ADD = 'ADD',
  UPDATE = 'UPDATE',
  REMOVE = 'REMOVE',
}

registerEnumType(ConceptChangeActionValue, { name: 'ConceptChangeAction', description: 'What a change log entry did to a concept.' });

@ObjectType('DictionaryConcept', { description: 'One concept of a concept dictionary version: names, abbreviations, synonyms and links.' })
export class DictionaryConceptModel {
  @Field(() => ID, { description: 'Stable id, e.g. chem.scr.' })
  id: string;

  @Field({ description: 'Industry field code of the taxonomy, e.g. QL.CHEM.' })
  fieldCode: string;

  @Field({ description: 'Chinese name.' })
  zh: string;

  @Field({ description: 'English name.' })
  en: string;

  @Field(() => ConceptKindValue)
  kind: ConceptKindValue;

  @Field(() => [String], { description: 'Abbreviations (SCR).' })
  abbreviations: string[];

  @Field(() => [String], { description: 'Synonyms, in either language.' })
  synonyms: string[];

  @Field(() => [ID], { description: 'Ids of broader concepts (钠离子电池 → 储能电池).' })
  broader: string[];

  @Field(() => [ID], { description: 'For a problem: ids of the techniques that address it (application links).' })
  solvedBy: string[];

  @Field(() => [ID], {
    description:
      'For a problem: ids of the techniques that address only part of it (one failure mode of several, part of the reduction a limit asks for); they rank below full remedies.',
  })
  partlySolvedBy: string[];

  static from(concept: DictionaryConcept | (Record<string, unknown> & { id: string; fieldCode: string; zh: string; en: string })): DictionaryConceptModel {
    const record = concept as Partial<DictionaryConcept> & { id: string; fieldCode: string; zh: string; en: string };
    return Object.assign(new DictionaryConceptModel(), {
      id: record.id,
      fieldCode: record.fieldCode,
      zh: record.zh,
      en: record.en,
      kind: record.kind === 'problem' ? ConceptKindValue.PROBLEM : ConceptKindValue.TECHNIQUE,
      abbreviations: record.abbr ?? [],
      synonyms: record.syn ?? [],
      broader: record.broader ?? [],
      solvedBy: record.solvedBy ?? [],
      partlySolvedBy: record.partlySolvedBy ?? [],
    });
  }
}

export const { Connection: DictionaryConceptConnection } = connectionTypes(DictionaryConceptModel, 'DictionaryConcept');

@ObjectType('ConceptChange', { description: 'One entry of a dictionary version’s change log.' })
export class ConceptChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ConceptChangeActionValue)
  action: ConceptChangeAction;

  @Field(() => ID)
  conceptId: string;

  @Field(() => DictionaryConceptModel, { nullable: true, description: 'The concept before the change (null for an addition).' })
  before: DictionaryConceptModel | null;

  @Field(() => DictionaryConceptModel, { nullable: true, description: 'The concept after the change (null for a removal).' })
  after: DictionaryConceptModel | null;

  @Field(() => ID, { nullable: true, description: 'The administrator who made it.' })
  actorId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  static from(change: DictionaryChange): ConceptChangeModel {
    const concept = (record: Record<string, unknown> | null) => (record ? DictionaryConceptModel.from(record as never) : null);
    return Object.assign(new ConceptChangeModel(), { ...change, before: concept(change.before), after: concept(change.after) });
  }
}

@ObjectType('ConceptDictionaryVersion', {
  description: 'A version of the concept dictionary the matcher uses: the current one is the published version with the highest number; a draft has none.',
})
export class ConceptDictionaryVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: '1, 2, 3 … once published; null for the open draft.' })
  number: number | null;

  @Field()
  published: boolean;

  @Field(() => Int, { nullable: true, description: 'The version a draft (or a rollback) started from.' })
  basedOn: number | null;

  @Field(() => Int, { nullable: true, description: 'For a rollback: the version whose concepts it restored.' })
  rolledBackTo: number | null;

  @Field()
  note: string;

  @Field(() => ID, { nullable: true, description: 'Who opened the draft (null for the version loaded from the repository files).' })
  createdBy: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  publishedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Int)
  conceptCount: number;

  static from(version: DictionaryVersion): ConceptDictionaryVersionModel {
    return Object.assign(new ConceptDictionaryVersionModel(), version);
  }
}

export const { Connection: ConceptDictionaryVersionConnection } = connectionTypes(ConceptDictionaryVersionModel, 'ConceptDictionaryVersion');
