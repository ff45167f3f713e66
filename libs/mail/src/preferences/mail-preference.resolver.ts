import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal } from '@techbridge/platform';

import { MailLanguageCode, MailPreferencesInput, MailPreferencesModel, NotificationChannel } from './mail-preference.model';
import { MailPreferences, MailPreferenceService } from './mail-preference.service';

const toModel = (preferences: MailPreferences): MailPreferencesModel => ({
  language: preferences.language as MailLanguageCode,
  notifications: preferences.notifyByMail ? NotificationChannel.MAIL_TOO : NotificationChannel.IN_APP_ONLY,
  dailyDigest: preferences.dailyDigest,
});

@Resolver(() => MailPreferencesModel)
export class MailPreferenceResolver {
  constructor(private readonly preferences: MailPreferenceService) {}

  @Query(() => MailPreferencesModel, {
    description: "The signed-in user's mail language and notification channel.",
  })
  async myMailPreferences(@CurrentUser() principal: Principal): Promise<MailPreferencesModel> {
    return toModel(await this.preferences.get(principal.userId));
  }

  @Mutation(() => MailPreferencesModel, {
    description: 'Changes some of your mail preferences; fields left out keep their value.',
  })
  async setMailPreferences(@Args('input') input: MailPreferencesInput, @CurrentUser() principal: Principal): Promise<MailPreferencesModel> {
    return toModel(
      await this.preferences.update(principal.userId, {
        language: input.language ?? undefined,
        notifyByMail: input.notifications ? input.notifications === NotificationChannel.MAIL_TOO : undefined,
        dailyDigest: input.dailyDigest ?? undefined,
      }),
    );
  }
}
