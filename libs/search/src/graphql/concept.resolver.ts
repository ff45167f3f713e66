import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser, Principal, Role } from '@techbridge/platform';
import { Concept, ConceptKind } from '../concepts/concept-graph';
import { ConceptStore } from '../concepts/concept-store.service';
import { ConceptInput } from './concept.input';
import { ConceptModel, ConceptRevisionModel } from './concept.model';

/** The domain concept layer: brokers and administrators read it, administrators edit it (each edit is a new revision). */
@Resolver(() => ConceptModel)
export class ConceptResolver {
  constructor(private readonly store: ConceptStore) {}

  @Allow(Role.ADMIN, Role.BROKER)
  @Query(() => [ConceptModel], {
    description: 'The concepts of one industry field, by id (administrators and brokers).',
  })
  async concepts(@Args('fieldCode', { type: () => String }) fieldCode: string): Promise<ConceptModel[]> {
    const { graph } = await this.store.current();
    return graph
      .ofField(fieldCode)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((concept) => ConceptModel.from(concept));
  }

  @Allow(Role.ADMIN, Role.BROKER)
  @Query(() => ConceptRevisionModel, {
    description: 'The revision of the concept layer in force.',
  })
  async conceptRevision(): Promise<ConceptRevisionModel> {
    return ConceptRevisionModel.from((await this.store.current()).info);
  }

  @Allow(Role.ADMIN)
  @Query(() => [ConceptRevisionModel], {
    description: 'Stored revisions, newest first (administrators).',
  })
  async conceptRevisions(
    @Args('first', {
      type: () => Int,
      nullable: true,
      description: '1 to 100 (default 20).',
    })
    first: number | null,
  ): Promise<ConceptRevisionModel[]> {
    return (await this.store.revisions(first ?? 20)).map((info) => ConceptRevisionModel.from(info));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ConceptRevisionModel, {
    description: 'Adds or replaces a concept; BAD_USER_INPUT when the concept layer would not be valid (unknown links, a label naming two concepts, …).',
  })
  async upsertConcept(
    @Args('input') input: ConceptInput,
    @Args('note', { type: () => String, nullable: true, description: 'Why, for the revision history.' })
    note: string | null,
    @CurrentUser() principal: Principal,
  ): Promise<ConceptRevisionModel> {
    return ConceptRevisionModel.from(await this.store.upsert(conceptOf(input), note ?? '', principal.userId));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ConceptRevisionModel, {
    description: 'Removes a concept (NOT_FOUND for an unknown id; BAD_USER_INPUT while other concepts still link to it).',
  })
  async removeConcept(
    @Args('id', { type: () => String }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentUser() principal: Principal,
  ): Promise<ConceptRevisionModel> {
    return ConceptRevisionModel.from(await this.store.remove(id, note ?? '', principal.userId));
  }
}

function conceptOf(input: ConceptInput): Concept {
  const concept: Concept = {
    id: input.id,
    field: input.fieldCode,
    kind: input.kind as ConceptKind,
    zh: input.nameZh,
    en: input.nameEn,
  };
  if (input.abbreviations?.length) concept.abbr = input.abbreviations;
  if (input.synonyms?.length) concept.syn = input.synonyms;
  if (input.broader?.length) concept.broader = input.broader;
  if (input.addressedBy?.length) concept.addressedBy = input.addressedBy;
  if (input.related?.length) concept.related = input.related;
  if (input.source) concept.source = input.source;
  return concept;
}
