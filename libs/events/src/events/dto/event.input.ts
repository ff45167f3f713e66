import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ValidatorConstraint({ name: 'endsAfterStart' })
export class EndsAfterStartConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const { startsAt, slotMinutes } = args.object as EventInput;
    if (!(value instanceof Date) || !(startsAt instanceof Date)) return true; // IsDate reports those.
    // At least one whole slot must fit, or there is nothing to schedule.
    return value.getTime() - startsAt.getTime() >= (Number.isInteger(slotMinutes) && slotMinutes > 0 ? slotMinutes : 1) * 60_000;
  }

  defaultMessage(): string {
    return 'endsAt must be at least one slot (slotMinutes) after startsAt';
  }
}

@ValidatorConstraint({ name: 'deadlineBeforeStart' })
export class DeadlineBeforeStartConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const { startsAt } = args.object as EventInput;
    if (!(value instanceof Date) || !(startsAt instanceof Date)) return true;
    return value.getTime() <= startsAt.getTime();
  }

  defaultMessage(): string {
    return 'registrationDeadline must not be after startsAt';
  }
}

/**
 * A matchmaking event as an administrator creates it. Field codes are checked against the
 * taxonomy by the service (FieldCodes.assertKnown), which knows the data.
 */
@InputType('EventInput', { description: 'A matchmaking event (产学研对接活动): when, where, and how its 1:1 meetings are cut.' })
export class EventInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'title must be 2 to 120 characters long' })
  title: string;

  @Field(() => [String], { description: 'Industry-field codes the event is about (e.g. JL.SSB).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  fieldCodes: string[];

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  @Validate(EndsAfterStartConstraint)
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it is held; null for an online event.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  venue?: string | null;

  @Field(() => Int, { description: 'Length of one 1:1 meeting, in minutes.' })
  @IsInt()
  @Min(5)
  @Max(240)
  slotMinutes: number;

  @Field(() => Int, { description: 'Tables in the room: meetings that can run at the same time.' })
  @IsInt()
  @Min(1)
  @Max(500)
  tables: number;

  @Field(() => Int, { nullable: true, description: 'Most organizations that may register; null for no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Last instant to register or change a registration; null: until the event starts. Not after startsAt.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @Validate(DeadlineBeforeStartConstraint)
  registrationDeadline?: Date | null;
}
