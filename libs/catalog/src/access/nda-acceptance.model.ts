import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { OrganizationModel } from '@techbridge/identity';

@ObjectType('NdaAcceptance', {
  description: "Someone who accepted a TEASER item's NDA and so sees its details.",
})
export class NdaAcceptanceModel {
  @Field({
    description: "The person's display name (no e-mail: the owner contacts them through a deal).",
  })
  displayName: string;

  @Field(() => OrganizationModel, { nullable: true })
  organization: OrganizationModel | null;

  @Field(() => GraphQLISODateTime, {
    description: 'When they first accepted it.',
  })
  acceptedAt: Date;
}
