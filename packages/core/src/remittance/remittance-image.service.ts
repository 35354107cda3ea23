import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { createHash } from 'node:crypto';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { RemittanceImage, type EobImageType } from './remittance-image.entity';
import { Remittance } from './remittance.entity';

/** What an attached image is, without its bytes. */
export interface RemittanceImageView {
  readonly id: string;
  readonly remittanceId: string;
  readonly contentType: EobImageType;
  readonly byteSize: number;
  readonly sha256: string;
  readonly uploadedBy: string;
  readonly createdAt: Date;
}

/** The first bytes each accepted type starts with: the declared type must be what the file is. */
const SIGNATURES: Readonly<Record<EobImageType, Buffer>> = {
  'image/png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': Buffer.from([0xff, 0xd8, 0xff]),
  'application/pdf': Buffer.from('%PDF-', 'ascii'),
};

/**
 * The scanned image of a remittance's paper EOB: attached once (the same bytes again answer the attached image; other
 * bytes are a conflict), stored encrypted with its SHA-256, and read back with its content type.
 */
@Injectable()
export class RemittanceImageService {
  constructor(private readonly orm: MikroORM) {}

  async attach(context: RequestContext, remittanceId: string, contentType: EobImageType, bytes: Buffer): Promise<RemittanceImageView> {
    if (!bytes.subarray(0, SIGNATURES[contentType].length).equals(SIGNATURES[contentType])) {
      throw new ValidationError([{ field: 'body', message: `the file is not a ${contentType} file (its first bytes do not match)` }]);
    }
    const em = currentEntityManager(this.orm);
    await requireRemittance(em, context, remittanceId);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const existing = await em.findOne(RemittanceImage, { organizationId: context.organizationId, remittanceId });
    if (existing) {
      if (existing.sha256 === sha256) return toView(existing);
      throw new ConflictError(`remittance ${remittanceId} already has its EOB image (sha256 ${existing.sha256})`);
    }
    const image = em.create(RemittanceImage, { organizationId: context.organizationId, remittanceId, contentType, byteSize: bytes.length, sha256, uploadedBy: context.actor.id, content: bytes });
    await em.flush();
    return toView(image);
  }

  /** The image's bytes and content type. */
  async read(context: RequestContext, remittanceId: string): Promise<{ readonly view: RemittanceImageView; readonly content: Buffer }> {
    const em = currentEntityManager(this.orm);
    await requireRemittance(em, context, remittanceId);
    const image = await em.findOne(RemittanceImage, { organizationId: context.organizationId, remittanceId }, { populate: ['content'] });
    if (!image) throw new NotFoundError('remittance image', remittanceId);
    return { view: toView(image), content: image.content };
  }
}

async function requireRemittance(em: ReturnType<typeof currentEntityManager>, context: RequestContext, remittanceId: string): Promise<void> {
  const found = await em.count(Remittance, { id: remittanceId, organizationId: context.organizationId });
  if (found === 0) throw new NotFoundError('remittance', remittanceId);
}

function toView(image: RemittanceImage): RemittanceImageView {
  return { id: image.id, remittanceId: image.remittanceId, contentType: image.contentType, byteSize: image.byteSize, sha256: image.sha256, uploadedBy: image.uploadedBy, createdAt: image.createdAt };
}
