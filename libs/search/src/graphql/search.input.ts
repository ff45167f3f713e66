import { Field, InputType, Int } from '@nestjs/graphql';
import { NeedFilter, ResultFilter } from '@techbridge/catalog';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { MAX_PAGE_SIZE, MAX_QUERY_LENGTH } from '../search-engine';
import { SearchSort } from './search-sort.enum';

/** Deep pages are refused: no client pages through more than this many hits. */
export const MAX_SEARCH_PAGE = 1000;

const FILTER_NOTE =
  'Search covers items on the market only (results PUBLISHED; needs PUBLISHED, IN_NEGOTIATION, SOLVED; never PRIVATE): ' +
  '`status` narrows within those, and a status outside them gives no hits. Price and budget bounds leave out items without a price or budget.';

/** The query and paging both searches share; each search adds its own filter and sort. */
@InputType({ isAbstract: true })
abstract class SearchPaging {
  @Field({ description: `Words in Chinese or English, at most ${MAX_QUERY_LENGTH} characters; empty lists everything the filter lets through.` })
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  query: string;

  @Field(() => Int, { nullable: true, description: `1-based page, default 1, at most ${MAX_SEARCH_PAGE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  page?: number | null;

  @Field(() => Int, { nullable: true, description: `Hits per page, default 20, at most ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number | null;
}

@InputType('ResultSearchInput', { description: 'A full-text search over research results on the market.' })
export class ResultSearchInput extends SearchPaging {
  @Field(() => ResultFilter, { nullable: true, description: FILTER_NOTE })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResultFilter)
  filter?: ResultFilter | null;

  @Field(() => SearchSort, { nullable: true, description: 'Default RELEVANCE.' })
  @IsOptional()
  @IsEnum(SearchSort)
  sort?: SearchSort | null;
}

@InputType('NeedSearchInput', { description: 'A full-text search over technical needs on the market.' })
export class NeedSearchInput extends SearchPaging {
  @Field(() => NeedFilter, { nullable: true, description: FILTER_NOTE })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedFilter)
  filter?: NeedFilter | null;

  @Field(() => SearchSort, { nullable: true, description: 'Default RELEVANCE; PRICE_* sort by the lower budget bound.' })
  @IsOptional()
  @IsEnum(SearchSort)
  sort?: SearchSort | null;
}
