import { Field, InputType } from '@nestjs/graphql';

import { DescriptionRules, FieldCodeRules, KeywordsRules, SummaryRules, TitleRules } from './text-fields';
import { unique } from './unique';

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

/** The columns a text update sets: only the fields given, keywords without repeats. */
export function textPatch(input: CatalogTextUpdateInput): { title?: string; summary?: string; description?: string; keywords?: string[]; fieldCode?: string } {
  const patch: ReturnType<typeof textPatch> = {};
  if (input.title != null) patch.title = input.title;
  if (input.summary != null) patch.summary = input.summary;
  if (input.description != null) patch.description = input.description;
  if (input.keywords != null) patch.keywords = unique(input.keywords);
  if (input.fieldCode != null) patch.fieldCode = input.fieldCode;
  return patch;
}
