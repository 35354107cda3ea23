import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ROLES, ValidationError, type RequestContext, type Role } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Membership } from './membership.entity';
import { RecoveryCode } from './recovery-code.entity';
import { hashPassword, oneTimePassword } from './secrets';
import { SessionService } from './session.service';
import { User } from './user.entity';

/** A member of an organization as administrators see it. */
export interface MemberView {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly active: boolean;
  readonly mfaEnabled: boolean;
  readonly lastSignInAt: Date | null;
}

/** Users and their memberships: invitations with one-time passwords, roles, deactivation, MFA reset. */
@Injectable()
export class UserService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Adds a person to the context's organization with roles. A new user gets a one-time password (returned once,
   * to be changed at first sign-in); an existing user (same e-mail) just gains the membership.
   */
  async invite(context: RequestContext, input: { email: string; displayName: string; roles: Role[] }): Promise<{ member: MemberView; oneTimePassword?: string }> {
    assertRoles(input.roles);
    const em = currentEntityManager(this.orm);
    const email = input.email.trim().toLowerCase();
    let user = await em.findOne(User, { email });
    let password: string | undefined;
    if (!user) {
      password = oneTimePassword();
      user = em.create(User, { email, displayName: input.displayName.trim(), passwordHash: await hashPassword(password), mustChangePassword: true });
    }
    if (await em.findOne(Membership, { organizationId: context.organizationId, userId: user.id })) {
      throw new ConflictError(`${email} is already a member of this organization`);
    }
    const membership = em.create(Membership, { organizationId: context.organizationId, userId: user.id, roles: input.roles });
    await em.flush();
    return { member: toView(user, membership), ...(password ? { oneTimePassword: password } : {}) };
  }

  async list(context: RequestContext): Promise<MemberView[]> {
    const em = currentEntityManager(this.orm);
    const memberships = await em.find(Membership, { organizationId: context.organizationId }, { orderBy: { createdAt: 'asc' } });
    const users = await em.find(User, { id: { $in: memberships.map((membership) => membership.userId) } });
    return memberships.map((membership) => toView(users.find((user) => user.id === membership.userId) as User, membership));
  }

  async setRoles(context: RequestContext, userId: string, roles: Role[]): Promise<MemberView> {
    assertRoles(roles);
    const { user, membership } = await this.member(context, userId);
    membership.roles = roles;
    await currentEntityManager(this.orm).flush();
    return toView(user, membership);
  }

  /** Ends a membership (history kept) and signs the user out everywhere. */
  async deactivate(context: RequestContext, userId: string): Promise<MemberView> {
    if (userId === context.actor.id) throw new ConflictError('you cannot deactivate yourself');
    const { user, membership } = await this.member(context, userId);
    membership.active = false;
    await currentEntityManager(this.orm).flush();
    await this.sessions.closeAllOf(user.id);
    return toView(user, membership);
  }

  /** Clears a member's second factor (lost phone): they enrol again at next sign-in. */
  async resetMfa(context: RequestContext, userId: string): Promise<MemberView> {
    const { user, membership } = await this.member(context, userId);
    const em = currentEntityManager(this.orm);
    user.totpEnabled = false;
    user.totpSecret = null;
    await em.nativeDelete(RecoveryCode, { userId: user.id });
    await em.flush();
    await this.sessions.closeAllOf(user.id);
    return toView(user, membership);
  }

  /** The first administrator of an organization (CLI and first run): a new user with a one-time password. */
  async createAdmin(organizationId: string, email: string, displayName: string): Promise<{ user: User; oneTimePassword: string }> {
    const em = currentEntityManager(this.orm);
    const normalized = email.trim().toLowerCase();
    if (await em.findOne(User, { email: normalized })) throw new ConflictError(`a user with e-mail ${normalized} already exists`);
    const password = oneTimePassword();
    const user = em.create(User, { email: normalized, displayName, passwordHash: await hashPassword(password), mustChangePassword: true });
    em.create(Membership, { organizationId, userId: user.id, roles: ['admin'] });
    await em.flush();
    return { user, oneTimePassword: password };
  }

  private async member(context: RequestContext, userId: string): Promise<{ user: User; membership: Membership }> {
    const em = currentEntityManager(this.orm);
    const membership = await em.findOne(Membership, { organizationId: context.organizationId, userId });
    const user = membership && (await em.findOne(User, userId));
    if (!membership || !user) throw new NotFoundError('user', userId);
    return { user, membership };
  }
}

function assertRoles(roles: readonly string[]): void {
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new ValidationError([{ field: 'roles', message: `expected one or more of ${ROLES.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}` }]);
  }
}

function toView(user: User, membership: Membership): MemberView {
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: membership.roles,
    active: membership.active && user.active,
    mfaEnabled: user.totpEnabled,
    lastSignInAt: user.lastSignInAt,
  };
}
