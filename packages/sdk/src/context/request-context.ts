/** The roles of OpenRCM's access control. @public */
export const ROLES = ['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager', 'admin'] as const;

/** One role a user or API key may hold in an organization. @public */
export type Role = (typeof ROLES)[number];

/** Who acts: a person, an integration's API key, the system itself (jobs, relays) or a plugin. @public */
export interface Actor {
  readonly type: 'user' | 'api-key' | 'system' | 'plugin';
  readonly id: string;
}

/**
 * The first argument of every service method, job and event: the tenant, who acts, with which roles, and the
 * correlation id that ties logs, audit rows and events of one request together.
 * @public
 */
export interface RequestContext {
  readonly organizationId: string;
  readonly actor: Actor;
  readonly roles: readonly Role[];
  readonly correlationId: string;
}

/** A context for work the system does on an organization's behalf (jobs, relays, schedules). @public */
export function systemContext(organizationId: string, correlationId: string, actorId = 'system'): RequestContext {
  return { organizationId, actor: { type: 'system', id: actorId }, roles: [], correlationId };
}
