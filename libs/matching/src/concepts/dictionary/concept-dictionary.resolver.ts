import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, ConnectionArgs, CurrentUser, mapConnection, Principal, Role } from '@techbridge/platform';

import { matchingError } from '../../matching.errors';
import { ConceptIdArgs, ConceptInput, DictionaryConceptsArgs, NoteArgs, RollbackConceptDictionaryArgs } from './concept-dictionary.input';
import {
  ConceptChangeModel,
  ConceptDictionaryVersionConnection,
  ConceptDictionaryVersionModel,
  ConceptKindValue,
  DictionaryConceptConnection,
  DictionaryConceptModel,
} from './concept-dictionary.model';
import { ConceptDictionaryService } from './concept-dictionary.service';

/** The concept dictionary: brokers and administrators read it, administrators edit and publish it. */
@Resolver(() => ConceptDictionaryVersionModel)
export class ConceptDictionaryResolver {
  constructor(private readonly dictionary: ConceptDictionaryService) {}

  @Allow(Role.ADMIN, Role.BROKER)
  @Query(() => ConceptDictionaryVersionModel, {
    nullable: true,
    description:
      'The concept dictionary the matcher uses (the current published version), or with `draft: true` the open draft (administrators; null when none).',
  })
  async conceptDictionary(
    @Args('draft', { type: () => Boolean, nullable: true, defaultValue: false }) draft: boolean,
    @CurrentUser() principal: Principal,
  ): Promise<ConceptDictionaryVersionModel | null> {
    if (draft && !principal.roles.includes(Role.ADMIN)) throw matchingError('CONCEPT_DRAFT_FORBIDDEN', 'Only administrators see the draft');
    const version = await this.dictionary.version(draft ? 'draft' : 'current');
    return version ? ConceptDictionaryVersionModel.from(version) : null;
  }

  @Allow(Role.ADMIN, Role.BROKER)
  @Query(() => ConceptDictionaryVersionConnection, {
    description: 'Published versions of the concept dictionary, newest first, with who published them and their change logs.',
  })
  async conceptDictionaryVersions(@Args() args: ConnectionArgs) {
    return mapConnection(await this.dictionary.versions(args.first, args.after), (version) => ConceptDictionaryVersionModel.from(version));
  }

  @ResolveField(() => DictionaryConceptConnection, { description: 'The version’s concepts in dictionary order, by field code and text.' })
  async concepts(@Parent() version: ConceptDictionaryVersionModel, @Args() args: DictionaryConceptsArgs) {
    const page = await this.dictionary.concepts(version.id, { fieldCode: args.fieldCode, text: args.text }, args.first, args.after);
    return mapConnection(page, (concept) => DictionaryConceptModel.from(concept));
  }

  @ResolveField(() => [ConceptChangeModel], { description: 'What this version changed, oldest first (for version 1: nothing, it is the repository files).' })
  async changes(@Parent() version: ConceptDictionaryVersionModel): Promise<ConceptChangeModel[]> {
    return (await this.dictionary.changes(version.id)).map((change) => ConceptChangeModel.from(change));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => DictionaryConceptModel, {
    description: 'Adds a concept to the dictionary’s draft or changes one (administrators). Published with publishConceptDictionary.',
  })
  async saveConcept(@Args('input') input: ConceptInput, @CurrentUser() principal: Principal): Promise<DictionaryConceptModel> {
    const saved = await this.dictionary.saveConcept(principal, {
      id: input.id,
      fieldCode: input.fieldCode,
      zh: input.zh,
      en: input.en,
      kind: input.kind === undefined || input.kind === null ? null : input.kind === ConceptKindValue.PROBLEM ? 'problem' : 'technique',
      abbr: input.abbreviations,
      syn: input.synonyms,
      broader: input.broader,
      solvedBy: input.solvedBy,
      partlySolvedBy: input.partlySolvedBy,
    });
    return DictionaryConceptModel.from(saved);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => DictionaryConceptModel, { description: 'Removes a concept from the draft (administrators); refused while other concepts link to it.' })
  async removeConcept(@Args() args: ConceptIdArgs, @CurrentUser() principal: Principal): Promise<DictionaryConceptModel> {
    return DictionaryConceptModel.from(await this.dictionary.removeConcept(principal, args.id));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ConceptDictionaryVersionModel, { description: 'Publishes the draft as the next version, which the matcher then uses (administrators).' })
  async publishConceptDictionary(@Args() args: NoteArgs, @CurrentUser() principal: Principal): Promise<ConceptDictionaryVersionModel> {
    return ConceptDictionaryVersionModel.from(await this.dictionary.publish(principal, args.note));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Drops the open draft and its changes (administrators); false when none was open.' })
  async discardConceptDictionaryDraft(): Promise<boolean> {
    return this.dictionary.discardDraft();
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ConceptDictionaryVersionModel, {
    description: 'Makes an earlier version’s concepts current again, published as the next version (administrators); refused while a draft is open.',
  })
  async rollbackConceptDictionary(@Args() args: RollbackConceptDictionaryArgs, @CurrentUser() principal: Principal): Promise<ConceptDictionaryVersionModel> {
    return ConceptDictionaryVersionModel.from(await this.dictionary.rollback(principal, args.number, args.note));
  }
}
