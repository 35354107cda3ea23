import type { INestApplication } from '@nestjs/common';
import { OrganizationService, UserService } from '@openrcm/core';
import type { RequestContext } from '@openrcm/sdk';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { DemoApi } from './demo-api';
import { DEMO_ADMIN_EMAIL, DEMO_ORGANIZATION_NAME, DEMO_TIME_ZONE } from './demo-practice';
import { totpCode } from './totp';

/** The demo organization, and the administrator's one-time password when it was made now. */
export interface DemoOrganization {
  readonly id: string;
  readonly created: boolean;
  /** Whether the first run got through its visits (a run that failed half-way leaves a partial practice). */
  readonly finished: boolean;
  readonly oneTimePassword?: string;
}

interface Marker {
  readonly organizationId: string;
  readonly administrator: string;
  readonly createdAt: string;
  readonly finishedAt?: string;
}

const MARKER = 'demo.json';

/**
 * The demo organization named in `<exchange>/demo.json` when it is in this database; otherwise a new one, with its
 * administrator (a one-time password to change at first sign-in, as on first run) and the marker written.
 */
export async function demoOrganization(app: INestApplication, exchangeFolder: string): Promise<DemoOrganization> {
  const organizations = app.get(OrganizationService);
  const marker = await readMarker(exchangeFolder);
  if (marker?.organizationId) {
    const existing = await organizations.get(marker.organizationId).catch(() => undefined);
    if (existing) return { id: existing.id, created: false, finished: marker.finishedAt !== undefined };
  }
  const organization = await organizations.create(cliContext(), { name: DEMO_ORGANIZATION_NAME, timeZone: DEMO_TIME_ZONE });
  const { oneTimePassword } = await app.get(UserService).createAdmin(organization.id, DEMO_ADMIN_EMAIL, 'Demo Administrator');
  await writeMarker(exchangeFolder, { organizationId: organization.id, administrator: DEMO_ADMIN_EMAIL, createdAt: new Date().toISOString() });
  return { id: organization.id, created: true, finished: false, oneTimePassword };
}

/** Records in the marker that the demo's visits ran to the end. */
export async function markDemoFinished(exchangeFolder: string): Promise<void> {
  const marker = await readMarker(exchangeFolder);
  if (marker) await writeMarker(exchangeFolder, { ...marker, finishedAt: new Date().toISOString() });
}

async function readMarker(exchangeFolder: string): Promise<Marker | undefined> {
  return readFile(join(exchangeFolder, MARKER), 'utf8')
    .then((text) => JSON.parse(text) as Marker)
    .catch(() => undefined);
}

async function writeMarker(exchangeFolder: string, marker: Marker): Promise<void> {
  await writeFile(join(exchangeFolder, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * Signs the demo in to its own API as a short-lived member of the organization ("Demo data loader", an administrator
 * with a random password and authenticator secret held only in memory); `done` signs it out and deactivates it, so
 * the account cannot be used afterwards.
 */
export async function signInDemoLoader(app: INestApplication, api: DemoApi, organizationId: string): Promise<{ done(): Promise<void> }> {
  const users = app.get(UserService);
  const email = `demo-loader-${randomBytes(4).toString('hex')}@demo.openrcm.local`;
  const { user, oneTimePassword } = await users.createAdmin(organizationId, email, 'Demo data loader');
  await api.firstSignIn(email, oneTimePassword, randomBytes(24).toString('base64url'), (secret) => totpCode(secret));
  return {
    done: async () => {
      await api.signOut();
      await users.deactivate({ ...cliContext(), organizationId }, user.id);
    },
  };
}

function cliContext(): Omit<RequestContext, 'organizationId'> {
  return { actor: { type: 'system', id: `cli:${userInfo().username}` }, roles: [], correlationId: randomUUID() };
}
