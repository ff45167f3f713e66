import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';

/**
 * What an organization brings to an event: its own published results and/or needs (ownership and
 * status are checked by the service). Registering again replaces the lists.
 */
@InputType('EventRegistrationInput', { description: 'Results and needs an organization registers for a matchmaking event; registering again replaces them.' })
export class EventRegistrationInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'resultIds must be UUIDs' })
  resultIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'needIds must be UUIDs' })
  needIds?: string[] | null;
}
