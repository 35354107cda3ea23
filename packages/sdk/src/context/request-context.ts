/** The roles of OpenRCM's access control. @public */
export const ROLES = ['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager', 'admin'] as const;

/** One role a user or API key may hold in an organization. @public */
export type Role = (typeof ROLES)[number];

/** Who acts: a person, an integration's API key, the system itself (jobs, relays) or a plugin. @public */
export interface Actor {
  /** What kind of actor: a signed-in user, an API key, the system itself or a plugin. */
  readonly type: 'user' | 'api-key' | 'system' | 'plugin';
  /** The user's or API key's id; for the system and plugins, a name such as `system` or `plugin:<plugin id>`. */
  readonly id: string;
}

/**
 * The first argument of every service method, job and event: the tenant, who acts, with which roles, and the
 * correlation id that ties logs, audit rows and events of one request together.
 * @public
 */
export interface RequestContext {
  /** The organization (tenant) the work is for; every read and write is scoped to it. */
  readonly organizationId: string;
  /** Who acts. */
  readonly actor: Actor;
  /** The actor's roles in this organization (none for system work). */
  readonly roles: readonly Role[];
  /** Ties the logs, audit rows and events of one request or job together. */
  readonly correlationId: string;
}

/**
 * A context for work the system does on an organization's behalf (jobs, relays, schedules), with no roles.
 * @param organizationId - The organization the work is for.
 * @param correlationId - Ties the work's logs, audit rows and events together.
 * @param actorId - The system actor's id (default `system`).
 * @public
 */
export function systemContext(organizationId: string, correlationId: string, actorId = 'system'): RequestContext {
  return { organizationId, actor: { type: 'system', id: actorId }, roles: [], correlationId };
}
