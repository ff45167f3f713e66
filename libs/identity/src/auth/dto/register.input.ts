import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

import { isValidCreditCode } from '../../organizations/credit-code';
import { OrganizationKind } from '../../organizations/organization-kind.enum';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ValidatorConstraint({ name: 'creditCode' })
export class CreditCodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidCreditCode(value);
  }

  defaultMessage(): string {
    return 'creditCode must be an 18-character unified social credit code with a valid check character';
  }
}

@InputType('RegisterInput')
export class RegisterInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(8, 128, { message: 'password must be 8 to 128 characters long' })
  password: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, 80, { message: 'displayName must be 1 to 80 characters long' })
  displayName: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'organizationName must be 2 to 120 characters long' })
  organizationName: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  organizationKind: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 40)
  district?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Validate(CreditCodeConstraint)
  creditCode?: string | null;
}
