import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { randomToken, sha256Hex } from './secrets';
import { UserSession, type SessionStage } from './session.entity';
import { User } from './user.entity';

/** A live session with its user. */
export interface ResolvedSession {
  readonly session: UserSession;
  readonly user: User;
}

/** Only write `last_seen_at` when it moved this much, so reads do not write on every request. */
const TOUCH_AFTER_MS = 30_000;

/** Server-side sessions: created at sign-in, ended by sign-out, the idle timeout or the absolute lifetime. */
@Injectable()
export class SessionService {
  constructor(
    private readonly orm: MikroORM,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
  ) {}

  /** Opens a session and returns the token for the cookie (only its hash is stored). */
  async open(user: User, stage: SessionStage, ip: string | null): Promise<{ token: string; session: UserSession }> {
    const token = randomToken();
    const now = new Date();
    const em = currentEntityManager(this.orm);
    const session = em.create(UserSession, {
      id: sha256Hex(token),
      userId: user.id,
      stage,
      csrfToken: randomToken(24),
      expiresAt: new Date(now.getTime() + this.config.auth.absoluteLifetimeHours * 3_600_000),
      ip,
    });
    await em.flush();
    return { token, session };
  }

  /** The session behind a token, or undefined when it does not exist, expired or went idle (it is then deleted). */
  async resolve(token: string, now = new Date()): Promise<ResolvedSession | undefined> {
    const em = currentEntityManager(this.orm);
    const session = await em.findOne(UserSession, sha256Hex(token));
    if (!session) return undefined;
    const idleLimit = session.lastSeenAt.getTime() + this.config.auth.idleTimeoutMinutes * 60_000;
    if (now.getTime() > idleLimit || now >= session.expiresAt) {
      await em.nativeDelete(UserSession, { id: session.id });
      return undefined;
    }
    const user = await em.findOne(User, session.userId);
    if (!user || !user.active) return undefined;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      session.lastSeenAt = now;
      await em.flush();
    }
    return { session, user };
  }

  async advance(session: UserSession, stage: SessionStage): Promise<void> {
    session.stage = stage;
    await currentEntityManager(this.orm).flush();
  }

  async close(token: string): Promise<void> {
    await currentEntityManager(this.orm).nativeDelete(UserSession, { id: sha256Hex(token) });
  }

  /** Ends every session of a user (password change, deactivation, MFA reset). */
  async closeAllOf(userId: string): Promise<void> {
    await currentEntityManager(this.orm).nativeDelete(UserSession, { userId });
  }
}
