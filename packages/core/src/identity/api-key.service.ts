import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext, type Role } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { ApiKey } from './api-key.entity';
import { randomToken, sha256Hex } from './secrets';

/** `last_used_at` is written at most this often per key, so busy integrations do not write on every call. */
const LAST_USE_PRECISION_MS = 60_000;

/** Every key starts with this, so leaked keys are easy to find in code and logs. */
export const API_KEY_PREFIX = 'orcm_';

/** API keys for integrations: shown once, stored hashed, scoped to one organization and some roles, revocable. */
@Injectable()
export class ApiKeyService {
  constructor(private readonly orm: MikroORM) {}

  async create(context: RequestContext, name: string, roles: Role[]): Promise<{ key: ApiKey; secret: string }> {
    if (roles.length === 0) throw new ValidationError([{ field: 'roles', message: 'give the key at least one role' }]);
    const secret = `${API_KEY_PREFIX}${randomToken(32)}`;
    const em = currentEntityManager(this.orm);
    const key = em.create(ApiKey, {
      organizationId: context.organizationId,
      name: name.trim(),
      prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
      keyHash: sha256Hex(secret),
      roles,
      createdBy: context.actor.id,
    });
    await em.flush();
    return { key, secret };
  }

  async list(context: RequestContext): Promise<ApiKey[]> {
    return currentEntityManager(this.orm).find(ApiKey, { organizationId: context.organizationId }, { orderBy: { createdAt: 'desc' } });
  }

  async revoke(context: RequestContext, keyId: string): Promise<ApiKey> {
    const em = currentEntityManager(this.orm);
    const key = await em.findOne(ApiKey, { id: keyId, organizationId: context.organizationId });
    if (!key) throw new NotFoundError('API key', keyId);
    if (key.revokedAt) throw new ConflictError(`API key ${key.prefix}… was already revoked`);
    key.revokedAt = new Date();
    await em.flush();
    return key;
  }

  /** The live key behind a secret, recording its use; undefined when unknown or revoked. */
  async authenticate(secret: string, now = new Date()): Promise<ApiKey | undefined> {
    if (!secret.startsWith(API_KEY_PREFIX)) return undefined;
    const em = currentEntityManager(this.orm);
    const key = await em.findOne(ApiKey, { keyHash: sha256Hex(secret), revokedAt: null });
    if (!key) return undefined;
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USE_PRECISION_MS) {
      key.lastUsedAt = now;
      await em.flush();
    }
    return key;
  }
}
