import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { AuthThrottlerGuard, CurrentUser, Principal, Public } from '@techbridge/platform';
import { AuthPayload } from './auth-payload.model';
import { AuthService } from './auth.service';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';

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
  @UseGuards(AuthThrottlerGuard)
  @Mutation(() => AuthPayload, { description: 'Signs in; rate-limited per address.' })
  async login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(input);
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

  @Mutation(() => Int, { description: "Signs the caller out of every session (all devices): every refresh token is revoked. Returns how many sessions were live." })
  async logoutEverywhere(@CurrentUser() principal: Principal): Promise<number> {
    return this.auth.logoutEverywhere(principal.userId);
  }
}
