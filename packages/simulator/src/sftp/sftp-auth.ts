import { createHash, timingSafeEqual } from 'node:crypto';
import { utils } from 'ssh2';
import type { AuthContext, ParsedKey } from 'ssh2';

/** An account of the SFTP server: a password, an OpenSSH public key (`ssh-ed25519 AAAA…`), or both. */
export interface SftpUser {
  readonly username: string;
  readonly password?: string;
  readonly publicKey?: string;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function parsed(key: string | Buffer, what: string): ParsedKey {
  const result = utils.parseKey(key);
  if (result instanceof Error) throw new Error(`${what}: ${result.message}`);
  const first = Array.isArray(result) ? result[0] : result;
  if (!first) throw new Error(`${what}: no key found`);
  return first;
}

/** The OpenSSH fingerprint of a key (`SHA256:` and the unpadded base64 SHA-256 of its public blob), as clients pin it. */
export function hostKeyFingerprint(key: string | Buffer): string {
  return `SHA256:${createHash('sha256').update(parsed(key, 'host key').getPublicSSH()).digest('base64').replace(/=+$/, '')}`;
}

/**
 * A new ed25519 key pair in OpenSSH format (`private`, and `public` as `ssh-ed25519 AAAA…`). ssh2's generator writes
 * a key whose first byte is zero one length short (about 3 in 1,000 keys), which ssh2 itself then refuses to read:
 * such a pair is drawn again.
 */
export function generateKeyPair(): { readonly private: string; readonly public: string } {
  for (;;) {
    const pair = utils.generateKeyPairSync('ed25519');
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair;
  }
}

/** A new ed25519 host key in OpenSSH format. */
export function generateHostKey(): string {
  return generateKeyPair().private;
}

/** Checks every user's public key up front, so a bad key fails at start rather than at the first login. */
export function checkUsers(users: readonly SftpUser[]): void {
  if (users.length === 0) throw new Error('SFTP server: at least one user is required');
  users.forEach((u, i) => {
    if (!u.username) throw new Error(`SFTP server: users[${i}].username is empty`);
    if (u.password === undefined && u.publicKey === undefined) throw new Error(`SFTP server: users[${i}] (${u.username}) has neither password nor publicKey`);
    if (u.publicKey !== undefined) parsed(u.publicKey, `users[${i}].publicKey`);
  });
}

/** Accepts or rejects one authentication attempt against the users (password or public key with signature). */
export function authenticate(ctx: AuthContext, users: readonly SftpUser[]): void {
  const user = users.find((u) => u.username === ctx.username);
  const methods: ('password' | 'publickey')[] = ['password', 'publickey'];
  if (!user) return ctx.reject(methods);
  if (ctx.method === 'password' && user.password !== undefined && sameText(ctx.password, user.password)) return ctx.accept();
  if (ctx.method === 'publickey' && user.publicKey !== undefined) {
    const key = parsed(user.publicKey, 'publicKey');
    if (ctx.key.algo === key.type && ctx.key.data.equals(key.getPublicSSH())) {
      if (!ctx.signature || !ctx.blob) return ctx.accept();
      if (key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true) return ctx.accept();
    }
  }
  return ctx.reject(methods);
}
