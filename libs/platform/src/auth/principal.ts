/** Roles a user can hold; the GraphQL enum `Role` mirrors these values. */
export enum Role {
  RESEARCHER = 'RESEARCHER',
  ENTERPRISE = 'ENTERPRISE',
  BROKER = 'BROKER',
  ADMIN = 'ADMIN',
}

/** Who is calling, as proven by the access token. */
export interface Principal {
  userId: string;
  roles: Role[];
  organizationId: string | null;
}

export function hasRole(principal: Principal | null | undefined, ...roles: Role[]): boolean {
  return !!principal && roles.some((role) => principal.roles.includes(role));
}

export function isAdmin(principal: Principal | null | undefined): boolean {
  return hasRole(principal, Role.ADMIN);
}
