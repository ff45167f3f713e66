import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConnectionArgs } from '@techbridge/platform';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

import { ConceptKindValue } from './concept-dictionary.model';

@InputType('ConceptInput', {
  description:
    'A concept to add to the dictionary’s draft, or its new state (by id); on a change, a list or kind left out stays as it is and an empty list clears it.',
})
export class ConceptInput {
  @Field(() => ID, { description: 'Stable id: lower-case dotted, e.g. chem.scr or bat.sodium-ion.' })
  @IsString()
  @Matches(/^[a-z0-9]+(\.[a-z0-9-]+)+$/, { message: 'id must be lower-case dotted, e.g. chem.scr' })
  @MaxLength(80)
  id: string;

  @Field({ description: 'Industry field code of the taxonomy, e.g. QL.CHEM.' })
  @IsString()
  @MaxLength(40)
  fieldCode: string;

  @Field({ description: 'Chinese name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  zh: string;

  @Field({ description: 'English name.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  en: string;

  @Field(() => ConceptKindValue, { nullable: true, description: 'Default TECHNIQUE for a new concept; unchanged when left out.' })
  @IsOptional()
  @IsEnum(ConceptKindValue)
  kind?: ConceptKindValue;

  @Field(() => [String], { nullable: true, description: 'Abbreviations, at most 20.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  abbreviations?: string[];

  @Field(() => [String], { nullable: true, description: 'Synonyms in either language, at most 50.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  synonyms?: string[];

  @Field(() => [ID], { nullable: true, description: 'Ids of broader concepts.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  broader?: string[];

  @Field(() => [ID], { nullable: true, description: 'For a PROBLEM: ids of the techniques that address it.' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  solvedBy?: string[];

  @Field(() => [ID], { nullable: true, description: 'For a PROBLEM: ids of the techniques that address only part of it (partial remedies).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  partlySolvedBy?: string[];
}

@ArgsType()
export class DictionaryConceptsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only concepts of this field code.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  fieldCode?: string;

  @Field(() => String, { nullable: true, description: 'Part of a name, abbreviation, synonym or id.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string;
}

@ArgsType()
export class RollbackConceptDictionaryArgs {
  @Field(() => Int, { description: 'The published version whose concepts become current again.' })
  @Min(1)
  @Max(1_000_000)
  number: number;

  @Field(() => String, { nullable: true, description: 'Why (kept in the history).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@ArgsType()
export class ConceptIdArgs {
  @Field(() => ID, { description: 'The concept’s id.' })
  @IsString()
  @MaxLength(80)
  id: string;
}

@ArgsType()
export class NoteArgs {
  @Field(() => String, { nullable: true, description: 'What the version changes and why (kept in the history).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
