import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthThrottlerGuard, Public } from '@techbridge/platform';
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
}
