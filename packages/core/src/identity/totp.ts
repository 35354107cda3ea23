import { Secret, TOTP } from 'otpauth';

const ISSUER = 'OpenRCM';

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** A new random TOTP secret (base32, 160 bits). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans. */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/** True when `code` is the current code, or the one just before or after (30 s of clock drift each way). */
export function verifyTotp(secret: string, code: string, now = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totp(secret, 'check').validate({ token: code, timestamp: now, window: 1 }) !== null;
}

/** The current code: for tests and the embedded first-run flow. */
export function currentTotp(secret: string, now = Date.now()): string {
  return totp(secret, 'now').generate({ timestamp: now });
}
