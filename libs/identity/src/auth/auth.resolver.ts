import { UseGuards } from '@nestjs/common';
import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import { AuthThrottlerGuard, CurrentUser, GraphQLContext, Principal, Public } from '@techbridge/platform';

import { AuthService } from './auth.service';
import { AuthPayload } from './auth-payload.model';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';

/** The client's address as Express derives it under TRUST_PROXY (never a header a client could simply write). */
function clientAddress(context: GraphQLContext): string {
  return context.req?.ip ?? 'unknown';
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(AuthThrottlerGuard)
  @Mutation(() => AuthPayload, { description: 'Creates an account and its organization (unverified); rate-limited per address.' })
  async register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return this.auth.register(input);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Signs in. Failed attempts are limited per account and per client address (RATE_LIMITED with extensions.retryAfterSeconds).',
  })
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<AuthPayload> {
    return this.auth.login(input, clientAddress(context));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for new tokens; each refresh token works once.' })
  async refreshToken(@Args('token') token: string): Promise<AuthPayload> {
    AuthService.assertTokenShape(token);
    return this.auth.refresh(token);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Signs out this session: the refresh token and its whole family are revoked, so neither it nor any token rotated from it refreshes again. Works with an expired access token; access tokens end at their expiry.',
  })
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    AuthService.assertTokenShape(refreshToken);
    await this.auth.logout(refreshToken);
    return true;
  }

  @Mutation(() => Int, {
    description: 'Signs the caller out of every session (all devices): every refresh token is revoked. Returns how many sessions were live.',
  })
  async logoutEverywhere(@CurrentUser() principal: Principal): Promise<number> {
    return this.auth.logoutEverywhere(principal.userId);
  }
}
