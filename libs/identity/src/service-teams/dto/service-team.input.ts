import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

@InputType('ServiceTeamInput', { description: 'The "1+1+1+N" team of a key innovation platform; replaces the previous team.' })
export class ServiceTeamInput {
  @Field(() => ID, { description: 'A user of a GOVERNMENT organization (the science and technology bureau).' })
  @IsUUID()
  bureauOfficerId: string;

  @Field(() => ID, { description: "The district's liaison (any user)." })
  @IsUUID()
  districtLiaisonId: string;

  @Field(() => ID, { description: "The platform's conversion lead: a member of the platform organization." })
  @IsUUID()
  conversionLeadId: string;

  @Field(() => [ID], { description: '1 to 20 certified brokers.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'brokerIds must name at least one broker' })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  brokerIds: string[];
}
