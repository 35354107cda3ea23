import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** One MFA recovery code (hashed), usable once. */
@Entity({ tableName: 'recovery_code' })
export class RecoveryCode {
  [OptionalProps]?: 'id' | 'usedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', fieldName: 'user_id' })
  userId!: string;

  /** SHA-256 of the code: codes are random and long, so a fast hash is enough. */
  @Property({ type: 'text', fieldName: 'code_hash' })
  codeHash!: string;

  @Property({ type: 'timestamptz', fieldName: 'used_at', nullable: true })
  usedAt: Date | null = null;
}
