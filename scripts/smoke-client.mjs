#!/usr/bin/env node
// The quick-start smoke test's client, a person's first steps against a running server:
//   first  <base> <server log> <state file>  sign in with the printed one-time password, choose a password, enrol
//                                          an authenticator, create an organization; remember what is needed later
//   again  <base> <state file>             sign in again (password + code) and read the organization back
import { readFileSync, writeFileSync } from 'node:fs';
import { Secret, TOTP } from 'otpauth';

const [phase, base, ...rest] = process.argv.slice(2);
const EMAIL = 'admin@openrcm.local';
const PASSWORD = 'smoke test pass phrase';
let cookie = '';
let csrf = '';

async function call(method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const setCookie = response.headers.get('set-cookie');
  if (setCookie) cookie = setCookie.split(';')[0];
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  const json = text ? JSON.parse(text) : {};
  if (json.csrfToken) csrf = json.csrfToken;
  return json;
}

const code = (secret) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();

if (phase === 'first') {
  const [serverLog, stateFile] = rest;
  const oneTimePassword = /one-time password {2}(\S+)/.exec(readFileSync(serverLog, 'utf8'))?.[1];
  if (!oneTimePassword) throw new Error('the server printed no one-time password');
  await call('POST', '/api/auth/sign-in', { email: EMAIL, password: oneTimePassword });
  await call('POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword: PASSWORD });
  const { secret } = await call('POST', '/api/auth/mfa/enrol');
  await call('POST', '/api/auth/mfa/confirm', { code: code(secret) });
  const organization = await call('POST', '/api/organizations', { name: 'Smoke Test Clinic' });
  writeFileSync(stateFile, JSON.stringify({ secret, organizationId: organization.id }));
  console.log(`signed in as ${EMAIL} and created organization ${organization.id}`);
} else if (phase === 'again') {
  const [stateFile] = rest;
  const { secret, organizationId } = JSON.parse(readFileSync(stateFile, 'utf8'));
  await call('POST', '/api/auth/sign-in', { email: EMAIL, password: PASSWORD });
  await call('POST', '/api/auth/mfa/verify', { code: code(secret) });
  const organization = await call('GET', `/api/organizations/${organizationId}`);
  if (organization.name !== 'Smoke Test Clinic') throw new Error('organization lost across the restart');
  console.log(`organization kept across the restart: ${organization.name}`);
} else {
  throw new Error('usage: smoke-client.mjs first|again ...');
}
