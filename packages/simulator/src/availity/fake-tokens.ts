import { randomBytes } from 'node:crypto';

/** A client the fake accepts at its token endpoint. */
export interface FakeClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** The credentials the fake accepts unless told otherwise. */
export const DEFAULT_AVAILITY_CLIENT: FakeClient = { clientId: 'openrcm-simulator', clientSecret: 'simulator-secret' };

/** Bearer tokens the fake issued, with their expiry (real time) and revocations (the token-expiry scenario). */
export class FakeTokens {
  private readonly expiries = new Map<string, number>();
  private issuedCount = 0;

  constructor(private readonly lifetimeSeconds: number) {}

  /** Issues a token for a client. */
  issue(): { accessToken: string; expiresIn: number } {
    const accessToken = randomBytes(18).toString('base64url');
    this.expiries.set(accessToken, Date.now() + this.lifetimeSeconds * 1000);
    this.issuedCount += 1;
    return { accessToken, expiresIn: this.lifetimeSeconds };
  }

  /** Whether an `Authorization` header carries a live token; answers the token when it does. */
  bearer(authorization: string | undefined): string | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (!token) return undefined;
    const expiry = this.expiries.get(token);
    return expiry !== undefined && expiry > Date.now() ? token : undefined;
  }

  /** Expires a token at once. */
  revoke(token: string): void {
    this.expiries.delete(token);
  }

  /** How many tokens were issued. */
  get issued(): number {
    return this.issuedCount;
  }
}
