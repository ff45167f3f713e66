import { Module } from '@nestjs/common';
import { MatchScorerService } from './match-scorer.service';
import { MatchTokenizer } from './text/match-tokenizer';

/**
 * Matching's services. The Match records, jobs and GraphQL fields join once the catalog and
 * search libs provide results, needs and the candidate source.
 */
@Module({
  providers: [MatchTokenizer, MatchScorerService],
  exports: [MatchTokenizer, MatchScorerService],
})
export class MatchingModule {}
