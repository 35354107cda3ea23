import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { EncryptedStringType } from '../crypto';

/** A person who signs in. One user may belong to several organizations, with roles in each (see Membership). */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'createdAt' | 'mustChangePassword' | 'totpSecret' | 'totpEnabled' | 'failedSignIns' | 'lockedUntil' | 'active' | 'lastSignInAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased; the sign-in name. */
  @Property({ type: 'text' })
  @Unique({ name: 'app_user_email_unique' })
  email!: string;

  @Property({ type: 'text', fieldName: 'display_name' })
  displayName!: string;

  /** Argon2id hash (PHC string); never the password. */
  @Property({ type: 'text', fieldName: 'password_hash', hidden: true })
  passwordHash!: string;

  /** Set for one-time passwords: the user must choose a new password before doing anything else. */
  @Property({ type: 'boolean', fieldName: 'must_change_password' })
  mustChangePassword = false;

  /** Base32 TOTP secret (encrypted at rest), set at enrolment; active once confirmed with a code. */
  @Property({ type: new EncryptedStringType({ purpose: 'app_user.totp_secret' }), fieldName: 'totp_secret', nullable: true, hidden: true })
  totpSecret: string | null = null;

  @Property({ type: 'boolean', fieldName: 'totp_enabled' })
  totpEnabled = false;

  @Property({ type: 'integer', fieldName: 'failed_sign_ins' })
  failedSignIns = 0;

  @Property({ type: 'timestamptz', fieldName: 'locked_until', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'timestamptz', fieldName: 'last_sign_in_at', nullable: true })
  lastSignInAt: Date | null = null;

  @Property({ type: 'timestamptz', fieldName: 'created_at' })
  createdAt: Date = new Date();
}
