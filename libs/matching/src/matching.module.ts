import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@techbridge/catalog';
import { OutboxHandlerRegistry } from '@techbridge/platform';
import { SearchModule } from '@techbridge/search';

import { MatchResolver } from './graphql/match.resolver';
import { MatchScorerService } from './match-scorer.service';
import { registerMatchRecompute } from './matching.jobs';
import { MatchEntity } from './records/match.entity';
import { MatchService } from './records/match.service';
import { MatchCorpusReader } from './records/match-corpus.reader';
import { MatchRecomputeService } from './records/match-recompute.service';
import { CorpusFrequencies } from './text/corpus-frequencies.service';
import { MatchTokenizer } from './text/match-tokenizer';

/**
 * Matching: the configured scorer, candidates from the search engine, Match records kept up to
 * date from catalog events, feedback, and the GraphQL fields.
 */
@Module({
  imports: [CatalogModule, SearchModule, TypeOrmModule.forFeature([MatchEntity])],
  providers: [MatchTokenizer, MatchScorerService, MatchCorpusReader, CorpusFrequencies, MatchRecomputeService, MatchService, MatchResolver],
  exports: [MatchTokenizer, MatchScorerService, MatchCorpusReader, CorpusFrequencies, MatchRecomputeService, MatchService],
})
export class MatchingModule implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly recompute: MatchRecomputeService,
  ) {}

  onModuleInit(): void {
    registerMatchRecompute(this.handlers, this.recompute);
  }
}
