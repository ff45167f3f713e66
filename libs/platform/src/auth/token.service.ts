import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { AppConfig } from '../config/app.config';
import { Principal, Role } from './principal';

interface AccessClaims {
  sub: string;
  exp?: number;
  roles: Role[];
  org: string | null;
  typ: 'access';
}

/** Signs and verifies access tokens; used by the HTTP guard and the socket middleware alike. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  signAccess(principal: Principal): { token: string; expiresIn: number } {
    const claims: AccessClaims = { sub: principal.userId, roles: principal.roles, org: principal.organizationId, typ: 'access' };
    return { token: this.jwt.sign(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS }), expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS };
  }

  /** Returns the principal, or null for a missing, expired, forged or wrong-kind token. */
  verifyAccess(token: string | undefined | null): Principal | null {
    if (!token) return null;
    try {
      const claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'] });
      // A token without an expiry would never end: refuse it even when the signature is good.
      if (typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return null;
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || !Array.isArray(claims.roles)) return null;
      return { userId: claims.sub, roles: claims.roles, organizationId: claims.org ?? null };
    } catch {
      return null;
    }
  }
}

export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}
