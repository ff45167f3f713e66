import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';

export enum MailLanguageCode {
  ZH = 'zh',
  EN = 'en',
}
registerEnumType(MailLanguageCode, {
  name: 'MailLanguage',
  description: 'Language of the mail a user receives (zh by default).',
});

export enum NotificationChannel {
  IN_APP_ONLY = 'IN_APP_ONLY',
  MAIL_TOO = 'MAIL_TOO',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'Where notifications with a deadline or needing an answer reach a user: in the app only, or by mail too.',
});

@ObjectType('MailPreferences', {
  description: "The signed-in user's language for mail and how notifications reach them.",
})
export class MailPreferencesModel {
  @Field(() => MailLanguageCode)
  language: MailLanguageCode;

  @Field(() => NotificationChannel)
  notifications: NotificationChannel;

  @Field({
    description: 'With MAIL_TOO: one digest mail a day instead of a mail per notification.',
  })
  dailyDigest: boolean;
}

@InputType('MailPreferencesInput')
export class MailPreferencesInput {
  @Field(() => MailLanguageCode, { nullable: true })
  @IsOptional()
  @IsEnum(MailLanguageCode)
  language?: MailLanguageCode | null;

  @Field(() => NotificationChannel, { nullable: true })
  @IsOptional()
  @IsEnum(NotificationChannel)
  notifications?: NotificationChannel | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  dailyDigest?: boolean | null;
}
