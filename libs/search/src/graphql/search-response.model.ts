import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ResearchResultModel, TechNeedModel } from '@techbridge/catalog';

import { FacetModel } from './facet.model';

const HIGHLIGHT = 'HTML-escaped text with the matched words wrapped in <em>…</em>.';
const TOTAL =
  'Number of matching items. Exact up to 10,000; beyond that a lower bound of 10,000 or more (facet counts then cover the first 10,000 matches), as search engines report for broad queries.';

@ObjectType('ResultHit')
export class ResultHitModel {
  @Field(() => ResearchResultModel, { description: 'The result as the caller may see it (a TEASER description stays null until the NDA).' })
  result: ResearchResultModel;

  @Field(() => String, { nullable: true, description: `Title: ${HIGHLIGHT}` })
  highlightTitle: string | null;

  @Field(() => String, { nullable: true, description: `Summary: ${HIGHLIGHT}` })
  highlightSummary: string | null;
}

@ObjectType('NeedHit')
export class NeedHitModel {
  @Field(() => TechNeedModel, { description: 'The need as the caller may see it.' })
  need: TechNeedModel;

  @Field(() => String, { nullable: true, description: `Title: ${HIGHLIGHT}` })
  highlightTitle: string | null;

  @Field(() => String, { nullable: true, description: `Summary: ${HIGHLIGHT}` })
  highlightSummary: string | null;
}

@ObjectType('ResultSearchResponse')
export class ResultSearchResponse {
  @Field(() => [ResultHitModel])
  hits: ResultHitModel[];

  @Field(() => Int, { description: TOTAL })
  totalHits: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => [FacetModel], {
    description: 'resultClass, fieldCode, chainCode, trl, transferModes, district, needsPilot over all hits (computed only when selected).',
  })
  facets: FacetModel[];

  @Field(() => Int, { description: 'Time the engine took, in milliseconds.' })
  processingTimeMs: number;
}

@ObjectType('NeedSearchResponse')
export class NeedSearchResponse {
  @Field(() => [NeedHitModel])
  hits: NeedHitModel[];

  @Field(() => Int, { description: TOTAL })
  totalHits: number;

  @Field(() => Int)
  page: number;

  @Field(() => Int)
  pageSize: number;

  @Field(() => [FacetModel], { description: 'fieldCode, chainCode, collective, funded, status, district over all hits (computed only when selected).' })
  facets: FacetModel[];

  @Field(() => Int, { description: 'Time the engine took, in milliseconds.' })
  processingTimeMs: number;
}
