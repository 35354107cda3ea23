import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ConflictError, UnauthenticatedError } from '@openrcm/sdk';
import type { Logger } from 'pino';
import { CORE_CONFIG, type CoreConfig } from '../config/core-config';
import { ROOT_LOGGER } from '../logging/logger';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Membership } from './membership.entity';
import { RecoveryCode } from './recovery-code.entity';
import { assertPasswordAcceptable, hashPassword, randomToken, sha256Hex, verifyPassword } from './secrets';
import type { SessionStage, UserSession } from './session.entity';
import { SessionService } from './session.service';
import { newTotpSecret, totpUri, verifyTotp } from './totp';
import { User } from './user.entity';

/** The roles whose holders must use a second factor. */
const MFA_ROLES = new Set(['admin', 'manager']);
const WRONG_CREDENTIALS = 'the e-mail address or password is wrong';
/** Verified against when the e-mail is unknown, so both cases take as long. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$MFkItaCmP4v8QkhU+kkh3g$9W3PwKbuyf0X85Rc3PnPzlTA1MjQRz2WR3qMevm28+I';

/**
 * Sign-in in stages: password (with lock-out), then a new password when the current one is one-time, then the second
 * factor (or its enrolment when the user's roles require it). Each step moves the session to its next stage.
 */
@Injectable()
export class SignInService {
  constructor(
    private readonly orm: MikroORM,
    private readonly sessions: SessionService,
    @Inject(CORE_CONFIG) private readonly config: CoreConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async signIn(email: string, password: string, ip: string | null, now = new Date()): Promise<{ token: string; session: UserSession; user: User }> {
    const em = currentEntityManager(this.orm);
    const user = await em.findOne(User, { email: email.trim().toLowerCase() });
    if (!user || !user.active) {
      await verifyPassword(DUMMY_HASH, password);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      this.logger.warn({ userId: user.id, ip }, 'sign-in refused: account locked');
      throw new UnauthenticatedError('too many wrong passwords: the account is locked for a while; try again later or ask an administrator');
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user, now, ip);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    user.failedSignIns = 0;
    user.lockedUntil = null;
    user.lastSignInAt = now;
    await em.flush();
    const opened = await this.sessions.open(user, await this.stageAfterPassword(user), ip);
    return { ...opened, user };
  }

  /** Sets a new password (the current one must be given) and moves a one-time-password session on. */
  async changePassword(user: User, session: UserSession, currentPassword: string, newPassword: string): Promise<SessionStage> {
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new UnauthenticatedError('the current password is wrong');
    assertPasswordAcceptable(newPassword, user.email);
    if (await verifyPassword(user.passwordHash, newPassword)) throw new ConflictError('the new password must differ from the current one');
    user.passwordHash = await hashPassword(newPassword);
    user.mustChangePassword = false;
    await currentEntityManager(this.orm).flush();
    const stage = session.stage === 'password-change-required' ? await this.stageAfterPassword(user) : session.stage;
    await this.sessions.advance(session, stage);
    return stage;
  }

  /** Starts TOTP enrolment: a new secret, shown once as an otpauth URI. */
  async beginEnrolment(user: User): Promise<{ secret: string; uri: string }> {
    if (user.totpEnabled) throw new ConflictError('multi-factor authentication is already set up; an administrator can reset it');
    user.totpSecret = newTotpSecret();
    await currentEntityManager(this.orm).flush();
    return { secret: user.totpSecret, uri: totpUri(user.totpSecret, user.email) };
  }

  /** Confirms enrolment with a code; returns the recovery codes (shown once) and activates the session. */
  async confirmEnrolment(user: User, session: UserSession, code: string): Promise<string[]> {
    if (user.totpEnabled) throw new ConflictError('multi-factor authentication is already set up');
    if (!user.totpSecret || !verifyTotp(user.totpSecret, code)) throw new UnauthenticatedError('the code is wrong or expired');
    const em = currentEntityManager(this.orm);
    user.totpEnabled = true;
    const codes = Array.from({ length: 10 }, () => randomToken(10));
    await em.nativeDelete(RecoveryCode, { userId: user.id });
    for (const code of codes) em.create(RecoveryCode, { userId: user.id, codeHash: sha256Hex(code) });
    await em.flush();
    if (session.stage !== 'password-change-required') await this.sessions.advance(session, 'active');
    return codes;
  }

  /** The second factor at sign-in: a TOTP code, or a recovery code (used up). */
  async verifySecondFactor(user: User, session: UserSession, code: string): Promise<void> {
    if (session.stage !== 'mfa-required') throw new ConflictError('this session is not waiting for a second factor');
    const trimmed = code.trim();
    if (!(user.totpSecret && verifyTotp(user.totpSecret, trimmed)) && !(await this.useRecoveryCode(user, trimmed))) {
      throw new UnauthenticatedError('the code is wrong or expired');
    }
    await this.sessions.advance(session, 'active');
  }

  /** Whether the user's roles anywhere require a second factor. */
  async requiresMfa(user: User): Promise<boolean> {
    const memberships = await currentEntityManager(this.orm).find(Membership, { userId: user.id, active: true });
    return memberships.some((membership) => membership.roles.some((role) => MFA_ROLES.has(role)));
  }

  private async stageAfterPassword(user: User): Promise<SessionStage> {
    if (user.mustChangePassword) return 'password-change-required';
    if (user.totpEnabled) return 'mfa-required';
    return (await this.requiresMfa(user)) ? 'mfa-enrollment-required' : 'active';
  }

  private async useRecoveryCode(user: User, code: string): Promise<boolean> {
    const em = currentEntityManager(this.orm);
    const used = await em.nativeUpdate(RecoveryCode, { userId: user.id, codeHash: sha256Hex(code), usedAt: null }, { usedAt: new Date() });
    return used > 0;
  }

  private async recordFailure(user: User, now: Date, ip: string | null): Promise<void> {
    user.failedSignIns += 1;
    if (user.failedSignIns >= this.config.auth.maxFailedSignIns) {
      user.lockedUntil = new Date(now.getTime() + this.config.auth.lockoutMinutes * 60_000);
      user.failedSignIns = 0;
      this.logger.warn({ userId: user.id, ip }, 'account locked after repeated wrong passwords');
    }
    await currentEntityManager(this.orm).flush();
  }
}
