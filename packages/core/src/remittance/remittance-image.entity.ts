import { Entity, Property, Unique } from '@mikro-orm/core';
import { EncryptedBytesType } from '../crypto';
import { TenantEntity } from '../persistence/base.entity';

/** The file types a scanned EOB is accepted as. */
export const EOB_IMAGE_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;
export type EobImageType = (typeof EOB_IMAGE_TYPES)[number];

/**
 * The scanned image of a paper EOB, attached to its remittance (one per remittance). It names patients, so the bytes
 * are encrypted at rest (AES-256-GCM, the field keys); its SHA-256 is kept beside them. `content` is lazy: lists and
 * metadata never decrypt it.
 */
@Entity({ tableName: 'remittance_image' })
@Unique({ name: 'remittance_image_remittance_unique', properties: ['organizationId', 'remittanceId'] })
export class RemittanceImage extends TenantEntity {
  @Property({ type: 'uuid', fieldName: 'remittance_id' })
  remittanceId!: string;

  @Property({ type: 'text', fieldName: 'content_type' })
  contentType!: EobImageType;

  @Property({ type: 'integer', fieldName: 'byte_size' })
  byteSize!: number;

  /** SHA-256 of the plaintext bytes, hex. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'text', fieldName: 'uploaded_by' })
  uploadedBy!: string;

  @Property({ type: new EncryptedBytesType('remittance_image.content'), lazy: true, hidden: true })
  content!: Buffer;
}
