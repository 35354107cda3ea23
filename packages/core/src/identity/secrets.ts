import { Algorithm, hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import { ValidationError } from '@openrcm/sdk';

/** Argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). */
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password (Argon2id, PHC string). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Checks a password against its hash; false for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** The password rule (ASVS V2.1): 12 to 128 characters, not the e-mail address. */
export function assertPasswordAcceptable(password: string, email: string, field = 'newPassword'): void {
  const problems: string[] = [];
  if (password.length < 12) problems.push('must be at least 12 characters');
  if (password.length > 128) problems.push('must be at most 128 characters');
  if (password.trim().toLowerCase() === email.toLowerCase()) problems.push('must not be the e-mail address');
  if (problems.length > 0) throw new ValidationError(problems.map((message) => ({ field, message })));
}

/** A random token, URL-safe, with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 as hex, for high-entropy secrets (session tokens, API keys, recovery codes). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A one-time password that is easy to type and has 100+ bits of entropy. */
export function oneTimePassword(): string {
  return randomBytes(15).toString('base64url').replace(/[-_]/g, 'x');
}
