import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

import { BrokerLevel } from '../broker-level.enum';

@InputType('BrokerProfileInput')
export class BrokerProfileInput {
  @Field(() => BrokerLevel)
  @IsEnum(BrokerLevel)
  level: BrokerLevel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 40)
  certificateNo?: string | null;

  @Field(() => [String])
  @ArrayMinSize(1, { message: 'fieldCodes must name at least one industry field' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  fieldCodes: string[];

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10000)
  trainingHours: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  capacity: number;
}
