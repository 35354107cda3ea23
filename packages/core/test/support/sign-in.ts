import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { currentTotp } from '../../src/identity/totp';
import { UserService } from '../../src/identity/user.service';
import { OrganizationService } from '../../src/organizations/organization.service';

/** A signed-in browser session: a cookie-keeping agent and the CSRF token its writes must carry. */
export interface SignedInSession {
  readonly organizationId: string;
  readonly email: string;
  readonly password: string;
  readonly totpSecret: string;
  readonly recoveryCodes: readonly string[];
  readonly csrf: string;
  readonly agent: ReturnType<typeof request.agent>;
}

export const STRONG_PASSWORD = 'correct horse battery staple';

/**
 * Creates an organization and its administrator, then signs in as a person would: one-time password, new password,
 * TOTP enrolment and confirmation.
 */
export async function signInAsNewAdmin(app: INestApplication, email = `admin-${Math.random().toString(36).slice(2)}@clinic.test`): Promise<SignedInSession> {
  const organization = await app
    .get(OrganizationService)
    .create({ actor: { type: 'system', id: 'test' }, roles: [], correlationId: 'test' }, { name: 'Test Clinic', timeZone: 'America/Chicago' });
  const { oneTimePassword } = await app.get(UserService).createAdmin(organization.id, email, 'Test Admin');
  const agent = request.agent(app.getHttpServer());
  const signedIn = await agent.post('/api/auth/sign-in').send({ email, password: oneTimePassword }).expect(200);
  const csrf = signedIn.body.csrfToken as string;
  expect(signedIn.body.stage).toBe('password-change-required');
  const changed = await agent.post('/api/auth/password').set('x-csrf-token', csrf).send({ currentPassword: oneTimePassword, newPassword: STRONG_PASSWORD }).expect(200);
  expect(changed.body.stage).toBe('mfa-enrollment-required');
  const enrolment = await agent.post('/api/auth/mfa/enrol').set('x-csrf-token', csrf).expect(200);
  const totpSecret = enrolment.body.secret as string;
  const confirmed = await agent.post('/api/auth/mfa/confirm').set('x-csrf-token', csrf).send({ code: currentTotp(totpSecret) }).expect(200);
  expect(confirmed.body.stage).toBe('active');
  return { organizationId: organization.id, email, password: STRONG_PASSWORD, totpSecret, recoveryCodes: confirmed.body.recoveryCodes, csrf, agent };
}
