import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { commonError } from '../graphql/domain-error';
import { ALLOWED_ROLES, IS_PUBLIC, requestOf } from './auth.decorators';
import { Role } from './principal';
import { bearerToken, TokenService } from './token.service';

/**
 * Global guard: every resolver and route needs a valid access token unless marked @Public();
 * @Allow(...) narrows to roles. Public calls with a valid token still get their caller.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const request = requestOf(context);
    if (!request) return isPublic;
    const token = bearerToken(request.headers?.authorization);
    const principal = this.tokens.verifyAccess(token);
    request.principal = principal;
    if (isPublic) return true;
    if (!principal)
      throw commonError('UNAUTHENTICATED', token ? 'Access token is invalid or expired' : 'Sign in first: send Authorization: Bearer <accessToken>');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && roles.length > 0 && !roles.some((role) => principal.roles.includes(role))) {
      throw commonError('FORBIDDEN', `This needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
