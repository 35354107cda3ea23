import { MikroORM } from '@mikro-orm/core';
import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { Payer } from '../../src/payers/payer.entity';
import type { SignedInSession } from './sign-in';

/** A payer row of the organization (the payer API is another area's; tests write the row directly). */
export async function createPayer(app: INestApplication, organizationId: string, overrides: Partial<Pick<Payer, 'name' | 'payerId' | 'active'>> = {}): Promise<string> {
  const em = app.get(MikroORM).em.fork();
  const payer = em.create(Payer, {
    organizationId,
    name: overrides.name ?? 'Acme Health',
    payerId: overrides.payerId ?? `P${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    claimFilingIndicator: 'CI',
    active: overrides.active ?? true,
  });
  await em.flush();
  return payer.id;
}

/** Registers a patient through the API (duplicates reviewed) and returns its id. */
export async function registerPatient(session: SignedInSession, body: Record<string, unknown> = {}): Promise<string> {
  const response = await session.agent
    .post(`/api/organizations/${session.organizationId}/patients`)
    .set('x-csrf-token', session.csrf)
    .send({ firstName: 'Maria', lastName: `Test${Math.random().toString(36).slice(2, 8)}`, birthDate: '1985-04-12', sex: 'F', duplicateReviewed: true, ...body })
    .expect(201);
  return response.body.id as string;
}

/** A user context in the organization, for calling services directly. */
export function userContext(organizationId: string, userId = 'test-user'): RequestContext {
  return { organizationId, actor: { type: 'user', id: userId }, roles: ['admin'], correlationId: `test-${Math.random().toString(36).slice(2)}` };
}

/** Raw rows, bypassing the ORM's mapping (to see what is stored). */
export async function rawRows<T>(app: INestApplication, sql: string, parameters: unknown[] = []): Promise<T[]> {
  return app.get(MikroORM).em.fork().getConnection().execute(sql, parameters);
}
