import { timingSafeEqual } from 'node:crypto';
import { fieldEncryption } from '../crypto/field-encryption.registry';

/** What a pay link names: the organization, the patient, and the last day it works. */
export interface PayLinkClaims {
  readonly organizationId: string;
  readonly patientId: string;
  /** The last calendar date the link works (YYYY-MM-DD, UTC). */
  readonly expiresOn: string;
}

/** Why a link is refused; the page says only that the link does not work, never which part failed. */
export type PayLinkRefusal = 'malformed' | 'tampered' | 'expired';

const sign = (purpose: string, body: string) => fieldEncryption().hasher.hash(purpose, body).split(':').pop() as string;

/**
 * Pay links: `<claims as base64url JSON>.<HMAC>`, keyed with the server's hash key (`OPENRCM_HASH_KEY`), so a link
 * cannot be forged or altered, and it stops working after its day. `purpose` separates the link itself from the short
 * proof that its knowledge check passed.
 */
export function signPayLink(claims: PayLinkClaims, purpose = 'pay-link'): string {
  const body = Buffer.from(JSON.stringify([claims.organizationId, claims.patientId, claims.expiresOn])).toString('base64url');
  return `${body}.${sign(purpose, body)}`;
}

/** The claims of a link, or why it is refused. `today` is the UTC date. */
export function verifyPayLink(token: string, today: string, purpose = 'pay-link'): PayLinkClaims | PayLinkRefusal {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return 'malformed';
  const expected = Buffer.from(sign(purpose, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'tampered';
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return 'malformed';
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === 'string')) return 'malformed';
  const [organizationId, patientId, expiresOn] = parts as [string, string, string];
  if (expiresOn < today) return 'expired';
  return { organizationId, patientId, expiresOn };
}
