import { createHash } from 'node:crypto';

/** A SHA-256 host key fingerprint as `ssh-keygen -lf` prints it: `SHA256:` (optional here) and 43 base64 characters. */
export const HOST_KEY_FINGERPRINT = /^(SHA256:)?[A-Za-z0-9+/]{43}=?$/;

/** The OpenSSH SHA-256 fingerprint of a host key in SSH wire format: `SHA256:` and unpadded base64. */
export function sha256Fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** Whether `key` has the pinned fingerprint (given with or without `SHA256:` and base64 padding). */
export function matchesPinnedKey(key: Buffer, pinned: string): boolean {
  const normalized = `SHA256:${pinned.replace(/^SHA256:/, '').replace(/=+$/, '')}`;
  return sha256Fingerprint(key) === normalized;
}
