import { EntityManager } from 'typeorm';

/**
 * Who is who, for other libs that act in their own transaction (deal rooms, access grants,
 * notifications): every function reads in the caller's `manager`.
 */

/** Ids of the members of any of these organizations, in id order. */
export async function memberIdsOf(manager: EntityManager, organizationIds: readonly (string | null | undefined)[]): Promise<string[]> {
  const ids = [...new Set(organizationIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return [];
  const rows: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE organization_id = ANY ($1::uuid[]) ORDER BY id`, [ids]);
  return rows.map((row) => row.id);
}

/** Ids of every administrator. */
export async function adminIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE 'ADMIN' = ANY (roles)`);
  return rows.map((row) => row.id);
}

/** The organization a user belongs to (null: none, or no such user). */
export async function organizationIdOf(manager: EntityManager, userId: string): Promise<string | null> {
  const [row] = (await manager.query(`SELECT organization_id FROM app_user WHERE id = $1`, [userId])) as { organization_id: string | null }[];
  return row?.organization_id ?? null;
}

/** Member ids of each of these organizations (an organization without members is absent). */
export async function membersByOrganization(manager: EntityManager, organizationIds: readonly string[]): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  if (organizationIds.length === 0) return members;
  const rows: { id: string; organization_id: string }[] = await manager.query(
    `SELECT id, organization_id FROM app_user WHERE organization_id = ANY ($1::uuid[])`,
    [[...new Set(organizationIds)]],
  );
  for (const row of rows) members.set(row.organization_id, [...(members.get(row.organization_id) ?? []), row.id]);
  return members;
}
