import { Field, ID, InputType } from '@nestjs/graphql';
import { ContractType } from '@techbridge/brokerage';
import { isMoneyAmount, MoneyScalar } from '@techbridge/platform';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  registerDecorator,
  ValidateNested,
  ValidationArguments,
} from 'class-validator';

export const MAX_BODY_LENGTH = 4000;
export const MAX_ATTACHMENTS = 5;

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** A decimal money string greater than zero (the GraphQL scalar already checks the format; sockets do not have it). */
function IsPositiveMoney(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPositiveMoney',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => isMoneyAmount(value, { positive: true }),
        defaultMessage: (args: ValidationArguments) => `${args.property} must be an amount greater than 0 given as a decimal string, e.g. "1250000.00"`,
      },
    });
}

@InputType('OfferInput', { description: 'A structured offer.' })
export class OfferInput {
  @Field(() => MoneyScalar)
  @IsPositiveMoney()
  amount: string;

  @Field(() => ContractType)
  @IsEnum(ContractType)
  contractType: ContractType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  terms?: string | null;
}

@InputType('SendMessageInput')
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID()
  conversationId: string;

  @Field({ description: 'The client’s own id for the message (1–64 characters); a resend with the same id stores nothing new.' })
  @IsString()
  @Length(1, 64)
  clientMessageId: string;

  @Field({ description: '1 to 4,000 characters after trimming.' })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_BODY_LENGTH, { message: `body must be 1 to ${MAX_BODY_LENGTH} characters after trimming` })
  body: string;

  @Field(() => OfferInput, { nullable: true, description: 'Makes the message an OFFER.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferInput)
  offer?: OfferInput | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Uploads of the sender (POST /files) sent with the message, at most ${MAX_ATTACHMENTS}; each is then readable by the room only.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTACHMENTS)
  @IsUUID('all', { each: true })
  attachmentIds?: string[] | null;
}
