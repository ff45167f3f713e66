import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value);

@InputType('PilotPlatformUpdateInput', { description: 'Only the fields given change; the operator stays.' })
export class PilotPlatformUpdateInput {
  @Field(() => String, { nullable: true, description: '2 to 200 characters.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field(() => [String], { nullable: true, description: '1 to 10 industry field or chain codes (industryFields).' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'fieldCodes must name at least one industry field' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  fieldCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'At most 50 phrases, each 1 to 100 characters.' })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  capabilities?: string[];

  @Field(() => String, { nullable: true, description: '1 to 60 characters; an empty string clears it.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(60)
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2,000 characters; an empty string clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  priceNotes?: string | null;
}
