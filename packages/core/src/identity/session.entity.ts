import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Where a session stands: signed in, or waiting for a second factor or a new password. */
export type SessionStage = 'active' | 'mfa-required' | 'mfa-enrollment-required' | 'password-change-required';

/** A server-side sign-in session; the cookie holds a random token whose SHA-256 is the id. */
@Entity({ tableName: 'user_session' })
export class UserSession {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt';

  /** SHA-256 (hex) of the session token. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'uuid', fieldName: 'user_id' })
  userId!: string;

  @Property({ type: 'text' })
  stage!: SessionStage;

  /** Sent back by the browser in X-CSRF-Token on every state-changing request. */
  @Property({ type: 'text', fieldName: 'csrf_token', hidden: true })
  csrfToken!: string;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', fieldName: 'last_seen_at' })
  lastSeenAt: Date = new Date();

  /** The absolute end of the session, whatever the activity. */
  @Property({ type: 'timestamptz', fieldName: 'expires_at' })
  expiresAt!: Date;

  @Property({ type: 'text', nullable: true })
  ip: string | null = null;
}
