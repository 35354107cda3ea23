import { Secret, TOTP } from 'otpauth';
import request from 'supertest';
import type { App } from 'supertest/types';

/** A signed-in session: a cookie-keeping agent and the CSRF token its writes carry. */
export interface BrowserSession {
  readonly agent: ReturnType<typeof request.agent>;
  readonly csrf: string;
}

function code(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate();
}

/** First sign-in as a person does it: one-time password, a new password, authenticator enrolment. */
export async function firstSignIn(server: App, email: string, oneTimePassword: string, newPassword: string): Promise<BrowserSession & { totpSecret: string }> {
  const agent = request.agent(server);
  const signedIn = await agent.post('/api/auth/sign-in').send({ email, password: oneTimePassword }).expect(200);
  const csrf = signedIn.body.csrfToken as string;
  await agent.post('/api/auth/password').set('x-csrf-token', csrf).send({ currentPassword: oneTimePassword, newPassword }).expect(200);
  const { body } = await agent.post('/api/auth/mfa/enrol').set('x-csrf-token', csrf).expect(200);
  await agent.post('/api/auth/mfa/confirm').set('x-csrf-token', csrf).send({ code: code(body.secret) }).expect(200);
  return { agent, csrf, totpSecret: body.secret as string };
}

/** A later sign-in: password, then the authenticator's code. */
export async function signIn(server: App, email: string, password: string, totpSecret: string): Promise<BrowserSession> {
  const agent = request.agent(server);
  const signedIn = await agent.post('/api/auth/sign-in').send({ email, password }).expect(200);
  const csrf = signedIn.body.csrfToken as string;
  const verified = await agent.post('/api/auth/mfa/verify').set('x-csrf-token', csrf).send({ code: code(totpSecret) }).expect(200);
  if (verified.body.stage !== 'active') throw new Error(`sign-in stopped at ${verified.body.stage}`);
  return { agent, csrf };
}
