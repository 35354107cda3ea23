import type { EntityManager } from '@mikro-orm/postgresql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID (user, patient and record ids). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Which of `userIds` are active members (active membership of an active user) of the organization. */
export async function activeMemberIds(em: EntityManager, organizationId: string, userIds: readonly string[]): Promise<Set<string>> {
  const candidates = [...new Set(userIds.filter(isUuid))];
  if (candidates.length === 0) return new Set();
  const rows: { user_id: string }[] = await em.execute(
    `select m.user_id from membership m join app_user u on u.id = m.user_id
      where m.organization_id = ? and m.active and u.active and m.user_id in (${candidates.map(() => '?').join(', ')})`,
    [organizationId, ...candidates],
  );
  return new Set(rows.map((row) => row.user_id));
}
