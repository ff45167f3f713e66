import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthThrottlerGuard, CurrentUser, invalidField, Principal, Public } from '@techbridge/platform';
import { isEmail } from 'class-validator';

import { AuthPayload } from '../auth/auth-payload.model';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class RecoveryResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly verification: EmailVerificationService,
  ) {}

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @Mutation(() => Boolean, {
    description:
      'Mails a password-reset link (valid 1 hour, once) if an account has this address. Always true: it never tells which addresses exist. Rate-limited per client and per address.',
  })
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    const address = email.trim().toLowerCase();
    if (address.length > 254 || !isEmail(address)) throw invalidField('email', 'email must be a valid e-mail address');
    return this.resets.request(address);
  }

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @Mutation(() => AuthPayload, {
    description: "Sets a new password with a reset link's token (single use), ends every other session of the account and signs in.",
  })
  async resetPassword(@Args('token') token: string, @Args('password') password: string): Promise<AuthPayload> {
    if (token.length > 200) throw invalidField('token', 'The reset link is invalid, was already used or has expired');
    return this.resets.reset(token, password);
  }

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @Mutation(() => Boolean, {
    description: "Verifies the account's e-mail address with the token of the mailed link (single use, valid 48 hours).",
  })
  async verifyEmail(@Args('token') token: string): Promise<boolean> {
    return this.verification.verify(token);
  }

  @Mutation(() => Boolean, {
    description: 'Mails the signed-in user a new verification link (nothing when already verified); a few an hour at most.',
  })
  async resendVerificationEmail(@CurrentUser() principal: Principal): Promise<boolean> {
    return this.verification.resend(principal);
  }
}
