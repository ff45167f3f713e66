import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Concept } from '../concepts/concept-graph';
import { ConceptRevisionInfo } from '../concepts/concept-store.service';

@ObjectType('Concept', {
  description: 'A concept of the domain concept layer: names in Chinese and English, abbreviations, synonyms and links.',
})
export class ConceptModel {
  @Field({ description: 'Stable lower-case slug, unique over every chain.' })
  id: string;

  @Field({ description: 'Industry-field code (CHAIN.FIELD).' })
  fieldCode: string;

  @Field({ description: 'technique | problem | product | material | object' })
  kind: string;

  @Field()
  nameZh: string;

  @Field()
  nameEn: string;

  @Field(() => [String])
  abbreviations: string[];

  @Field(() => [String])
  synonyms: string[];

  @Field(() => [String], { description: 'Ids of broader concepts.' })
  broader: string[];

  @Field(() => [String], {
    description: 'Application links: ids of the techniques that address this problem.',
  })
  addressedBy: string[];

  @Field(() => [String], { description: 'Ids of related concepts.' })
  related: string[];

  @Field({
    nullable: true,
    description: 'Where the terms were checked (a key of the data file’s sources).',
  })
  source?: string;

  static from(concept: Concept): ConceptModel {
    const model = new ConceptModel();
    model.id = concept.id;
    model.fieldCode = concept.field;
    model.kind = concept.kind;
    model.nameZh = concept.zh;
    model.nameEn = concept.en;
    model.abbreviations = concept.abbr ?? [];
    model.synonyms = concept.syn ?? [];
    model.broader = concept.broader ?? [];
    model.addressedBy = concept.addressedBy ?? [];
    model.related = concept.related ?? [];
    model.source = concept.source;
    return model;
  }
}

@ObjectType('ConceptRevision', {
  description: 'One version of the concept layer; version 0 is the repository’s reviewed data files.',
})
export class ConceptRevisionModel {
  @Field(() => Int)
  version: number;

  @Field({
    description: 'Hash of the content: the same concepts give the same value.',
  })
  graphVersion: string;

  @Field(() => Int)
  conceptCount: number;

  @Field()
  note: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  createdAt: Date | null;

  static from(info: ConceptRevisionInfo): ConceptRevisionModel {
    return Object.assign(new ConceptRevisionModel(), {
      version: info.version,
      graphVersion: info.graphVersion,
      conceptCount: info.conceptCount,
      note: info.note,
      createdAt: info.createdAt,
    });
  }
}
