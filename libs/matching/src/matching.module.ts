import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techbridge/catalog';
import { AuditService, OutboxHandlerRegistry } from '@techbridge/platform';
import { SearchModule, SearchSynonyms } from '@techbridge/search';

import { ConceptDictionaryResolver } from './concepts/dictionary/concept-dictionary.resolver';
import { ConceptDictionaryService } from './concepts/dictionary/concept-dictionary.service';
import { ConceptSynonymSource } from './concepts/dictionary/concept-synonym-source';
import { MatchResolver } from './graphql/match.resolver';
import { MatchWeightModelResolver } from './graphql/match-weight-model.resolver';
import { MatchTrainingDataReader } from './learning/match-training-data.reader';
import { MatchWeightModelService } from './learning/match-weight-model.service';
import { MatchScorerService } from './match-scorer.service';
import { registerConceptDictionaryRefresh, registerMatchRecompute, registerWeightModelRefresh } from './matching.jobs';
import { MatchEntity } from './records/match.entity';
import { MatchService } from './records/match.service';
import { MatchCorpusReader } from './records/match-corpus.reader';
import { MatchRecomputeService } from './records/match-recompute.service';
import { CorpusFrequencies } from './text/corpus-frequencies.service';
import { MatchTokenizer } from './text/match-tokenizer';

/**
 * Matching: the configured scorer, candidates from the search engine, Match records kept up to
 * date from catalog events, feedback, factor weights learned from broker signal, the versioned
 * concept dictionary administrators edit, and the GraphQL fields.
 */
@Module({
  imports: [CatalogModule, SearchModule, TypeOrmModule.forFeature([MatchEntity])],
  providers: [
    MatchTokenizer,
    MatchScorerService,
    MatchCorpusReader,
    CorpusFrequencies,
    MatchTrainingDataReader,
    MatchWeightModelService,
    ConceptDictionaryService,
    MatchRecomputeService,
    MatchService,
    MatchResolver,
    MatchWeightModelResolver,
    ConceptDictionaryResolver,
  ],
  exports: [
    MatchTokenizer,
    MatchScorerService,
    MatchCorpusReader,
    CorpusFrequencies,
    MatchWeightModelService,
    ConceptDictionaryService,
    MatchRecomputeService,
    MatchService,
  ],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly recompute: MatchRecomputeService,
    private readonly models: MatchWeightModelService,
    private readonly dictionary: ConceptDictionaryService,
    private readonly reader: MatchCorpusReader,
    private readonly audit: AuditService,
    private readonly synonyms: SearchSynonyms,
  ) {}

  onModuleInit(): void {
    registerMatchRecompute(this.handlers, this.recompute);
    registerWeightModelRefresh(this.handlers, this.models);
    registerConceptDictionaryRefresh(this.handlers, this.dictionary, this.reader, this.recompute);
    // Public search expands the published dictionary's names too (both engines' synonyms).
    this.synonyms.useSource(new ConceptSynonymSource(this.dictionary));
    // Publications and rollbacks of the concept dictionary are kept in the audit log (the change log holds the details).
    this.handlers.register('matching.audit', ['concept_dictionary.published'], (jobs) => this.audit.recordEvents(jobs, (job) => job.payload));
  }
}
