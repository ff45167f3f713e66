import { Field, InputType } from '@nestjs/graphql';
import { DescriptionRules, FieldCodeRules, KeywordsRules, SummaryRules, TitleRules } from './text-fields';

/** The text fields the result and need update inputs share; only those given change. */
@InputType({ isAbstract: true })
export abstract class CatalogTextUpdateInput {
  @Field(() => String, { nullable: true })
  @TitleRules(true)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @SummaryRules(true)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @DescriptionRules(true)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @KeywordsRules(true)
  keywords?: string[] | null;

  @Field(() => String, { nullable: true })
  @FieldCodeRules(true)
  fieldCode?: string | null;
}
