import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techbridge/catalog';
import { AuditService, OutboxHandlerRegistry } from '@techbridge/platform';
import { SearchModule } from '@techbridge/search';

import { ConceptDictionaryResolver } from './concepts/dictionary/concept-dictionary.resolver';
import { ConceptDictionaryService } from './concepts/dictionary/concept-dictionary.service';
import { MatchResolver } from './graphql/match.resolver';
import { MatchScorerService } from './match-scorer.service';
import { registerConceptDictionaryRefresh, registerMatchRecompute } from './matching.jobs';
import { MatchEntity } from './records/match.entity';
import { MatchService } from './records/match.service';
import { MatchCorpusReader } from './records/match-corpus.reader';
import { MatchRecomputeService } from './records/match-recompute.service';
import { CorpusFrequencies } from './text/corpus-frequencies.service';
import { MatchTokenizer } from './text/match-tokenizer';

/**
 * Matching: the configured scorer, candidates from the search engine, Match records kept up to
 * date from catalog events, feedback, the versioned concept dictionary administrators edit, and
 * the GraphQL fields.
 */
@Module({
  imports: [CatalogModule, SearchModule, TypeOrmModule.forFeature([MatchEntity])],
  providers: [
    MatchTokenizer,
    MatchScorerService,
    MatchCorpusReader,
    CorpusFrequencies,
    ConceptDictionaryService,
    MatchRecomputeService,
    MatchService,
    MatchResolver,
    ConceptDictionaryResolver,
  ],
  exports: [MatchTokenizer, MatchScorerService, MatchCorpusReader, CorpusFrequencies, ConceptDictionaryService, MatchRecomputeService, MatchService],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly recompute: MatchRecomputeService,
    private readonly dictionary: ConceptDictionaryService,
    private readonly reader: MatchCorpusReader,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    registerMatchRecompute(this.handlers, this.recompute);
    registerConceptDictionaryRefresh(this.handlers, this.dictionary, this.reader, this.recompute);
    // Publications and rollbacks of the concept dictionary are kept in the audit log (the change log holds the details).
    this.handlers.register('matching.audit', ['concept_dictionary.published'], (jobs) => this.audit.recordEvents(jobs, (job) => job.payload));
  }
}
