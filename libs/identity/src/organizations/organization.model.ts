import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '@techbridge/platform';

import { OrganizationKind } from './organization-kind.enum';

@ObjectType('Organization', { description: 'A university, institute, platform, enterprise, service firm or government body.' })
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'District (区/市) within the city.' })
  district: string | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码), 18 characters.' })
  creditCode: string | null;

  @Field({ description: 'Checked by an administrator.' })
  verified: boolean;

  @Field({ description: "One of the city's key innovation platforms or key chain enterprises." })
  keyPlatform: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When an administrator deactivated it (it is then unverified, so its members lose what verification gives); null while active.',
  })
  deactivatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the record was created.' })
  createdAt: Date;
}

export const { Edge: OrganizationEdge, Connection: OrganizationConnection } = connectionTypes(OrganizationModel, 'Organization');
