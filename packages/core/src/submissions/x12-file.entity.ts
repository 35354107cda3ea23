import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { EncryptedStringType } from '../crypto';
import { TenantEntity } from '../persistence/base.entity';

/** Which way a file went: sent to a clearinghouse, or received from one. */
export type X12FileDirection = 'out' | 'in';

/**
 * Every X12 file sent or received, archived with its SHA-256 (the same file received twice is one row). The content
 * names patients, so it is encrypted at rest; `processedAt` says when core read a received file into claim states.
 */
@Entity({ tableName: 'x12_file' })
@Unique({ name: 'x12_file_hash_unique', properties: ['organizationId', 'direction', 'sha256'] })
@Index({ name: 'x12_file_batch_index', properties: ['organizationId', 'batchId'] })
export class X12File extends TenantEntity<'batchId' | 'processedAt' | 'processingError'> {
  @Property({ type: 'text' })
  direction!: X12FileDirection;

  /** `837P`, `276`, `999`, `TA1`, `277CA`, `277`, `835`, `271`. */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text', fieldName: 'file_name' })
  fileName!: string;

  /** The clearinghouse plugin it went through. */
  @Property({ type: 'text', fieldName: 'plugin_id' })
  pluginId!: string;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'integer', fieldName: 'byte_size' })
  byteSize!: number;

  @Property({ type: new EncryptedStringType({ purpose: 'x12_file.content' }), hidden: true })
  content!: string;

  /** The claim batch an outbound file carries. */
  @Property({ type: 'uuid', fieldName: 'batch_id', nullable: true })
  batchId: string | null = null;

  @Property({ type: 'timestamptz', fieldName: 'processed_at', nullable: true })
  processedAt: Date | null = null;

  /** Why a received file could not be read into claim states (it stays listed for a person to look at). */
  @Property({ type: 'text', fieldName: 'processing_error', nullable: true })
  processingError: string | null = null;
}
