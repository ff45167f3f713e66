import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CONCEPT_KINDS } from '../concepts/concept-graph';

@InputType({
  description: 'A concept to add, or to replace when its id exists. The whole concept layer is validated after the change.',
})
export class ConceptInput {
  @Field()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    message: 'id must be a lower-case slug (a-z, 0-9, -)',
  })
  id: string;

  @Field()
  @Matches(/^[A-Z][A-Z0-9]{1,15}\.[A-Z0-9]{1,16}$/, {
    message: 'fieldCode must be an industry-field code such as QL.CHEM',
  })
  fieldCode: string;

  @Field({ description: 'technique | problem | product | material | object' })
  @IsIn([...CONCEPT_KINDS])
  kind: string;

  @Field()
  @IsString()
  @MaxLength(60)
  nameZh: string;

  @Field()
  @IsString()
  @MaxLength(60)
  nameEn: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  abbreviations?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  synonyms?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  broader?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  addressedBy?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  related?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  source?: string | null;
}
