import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { Role } from '../role.enum';

@InputType('UserFilter', { description: 'All given conditions must hold.' })
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the display name or e-mail address, at most 100 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Role, { nullable: true, description: 'Users holding this role.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Role, { nullable: true, description: 'Users not holding this role (e.g. BROKER: people who could be certified).' })
  @IsOptional()
  @IsEnum(Role)
  withoutRole?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Members of this organization.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}
