import { MikroORM, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { User } from '../identity/user.entity';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { GateChange, type GateChangeSubject, type GateChangeValue } from './gate-change.entity';

/** Which changes to list. */
export interface GateHistoryFilters {
  readonly subject?: GateChangeSubject;
  readonly check?: string;
}

/** One change of the gate change log, with who made it. */
export interface GateChangeView {
  readonly id: string;
  readonly at: string;
  /** A user (named by display name and e-mail), an API key, or a system or CLI actor (named by its id). */
  readonly actor: { readonly type: string; readonly id: string; readonly name: string; readonly email: string | null };
  readonly subject: GateChangeSubject;
  readonly check: string | null;
  readonly previous: GateChangeValue;
  readonly next: GateChangeValue;
}

const SORTABLE = { at: 'at' } as const;

/** The gate change log, newest first by default: who changed a check's policy and owner or the settings, when, from what to what. */
@Injectable()
export class GateHistoryService {
  constructor(private readonly orm: MikroORM) {}

  async list(context: RequestContext, filters: GateHistoryFilters, query: ListQuery): Promise<Page<GateChangeView>> {
    const em = currentEntityManager(this.orm);
    const where: FilterQuery<GateChange> = { organizationId: context.organizationId, ...(filters.subject && { subject: filters.subject }), ...(filters.check && { check: filters.check }) };
    const orderBy = orderByOf<GateChange>(query.sort, SORTABLE, { at: 'desc', id: 'desc' });
    const page = await findPage(em, GateChange, where, query, orderBy, (change) => change);
    const users = await usersOf(em, page.items);
    return { ...page, items: page.items.map((change) => toView(change, users)) };
  }
}

/** The users among the actors of `changes`, by id (one query per page). */
async function usersOf(em: EntityManager, changes: readonly GateChange[]): Promise<Map<string, Pick<User, 'displayName' | 'email'>>> {
  const ids = [...new Set(changes.filter((change) => change.actorType === 'user').map((change) => change.actorId))];
  if (ids.length === 0) return new Map();
  const users = await em.find(User, { id: { $in: ids } }, { fields: ['id', 'displayName', 'email'] });
  return new Map(users.map((user) => [user.id, user]));
}

function toView(change: GateChange, users: Map<string, Pick<User, 'displayName' | 'email'>>): GateChangeView {
  const user = change.actorType === 'user' ? users.get(change.actorId) : undefined;
  return {
    id: change.id,
    at: change.at.toISOString(),
    actor: { type: change.actorType, id: change.actorId, name: user?.displayName ?? change.actorId, email: user?.email ?? null },
    subject: change.subject,
    check: change.check,
    previous: change.previous,
    next: change.next,
  };
}
