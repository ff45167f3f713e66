import { createParamDecorator, CustomDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { Principal, Role } from './principal';

export const IS_PUBLIC = 'techbridge:public';
export const ALLOWED_ROLES = 'techbridge:roles';

/** Opts a resolver or route out of authentication. Such calls may still see a caller if a token is sent. */
export const Public = (): CustomDecorator<string> => SetMetadata(IS_PUBLIC, true);

/** The caller must hold at least one of these roles. */
export const Allow = (...roles: Role[]): CustomDecorator<string> => SetMetadata(ALLOWED_ROLES, roles);

export function requestOf(context: ExecutionContext): { principal?: Principal | null; headers: Record<string, string | string[] | undefined>; ip?: string } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: never }>().req;
  return context.switchToHttp().getRequest();
}

/** The authenticated caller; null on a public call made without a token. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): Principal | null => requestOf(context).principal ?? null);
