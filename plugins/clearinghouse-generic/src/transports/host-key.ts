import { createHash } from 'node:crypto';

/** The OpenSSH SHA-256 fingerprint of a host key in SSH wire format: `SHA256:` and unpadded base64. */
export function sha256Fingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** Whether `key` has the pinned fingerprint (given with or without `SHA256:` and base64 padding). */
export function matchesPinnedKey(key: Buffer, pinned: string): boolean {
  const normalized = `SHA256:${pinned.replace(/^SHA256:/, '').replace(/=+$/, '')}`;
  return sha256Fingerprint(key) === normalized;
}
