import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value);

@InputType('PilotPlatformInput')
export class PilotPlatformInput {
  @Field({ description: '2 to 200 characters.' })
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  name: string;

  @Field(() => [String], { description: '1 to 10 industry field or chain codes (industryFields).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'fieldCodes must name at least one industry field' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  fieldCodes: string[];

  @Field(() => [String], { description: 'Process steps, equipment and batch sizes as short phrases (at most 50, each 1 to 100 characters).' })
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  capabilities: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 60)
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text pricing (e.g. 「按批次计价，5 万元起」); at most 2,000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  priceNotes?: string | null;

  @Field(() => ID, { nullable: true, description: 'Administrators only: the operating organization. Others always create for their own organization.' })
  @IsOptional()
  @IsUUID()
  operatorId?: string | null;
}
