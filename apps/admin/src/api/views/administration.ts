// The server's answers (see ../views.ts): users, API keys, jobs, the audit trail.
import type { operations } from '../schema';
import type { Schemas } from './schemas';
import type { Role } from './common';
import type { Member } from './encounters-and-payers';

/** The roles an API key may carry: all but admin. */
export type ApiKeyRole = Schemas['CreateApiKeyDto']['roles'][number];

/** `POST …/users`: the one-time password only for a person who had no account yet. */
export interface Invitation {
  readonly member: Member;
  readonly oneTimePassword?: string;
}

/** An API key as `GET …/api-keys` lists it: never its secret. */
export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly roles: readonly Role[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** `POST …/api-keys`: the only answer carrying the secret. */
export interface CreatedApiKey extends ApiKeyView {
  readonly secret: string;
}

export type JobStatus = NonNullable<NonNullable<operations['JobsController_list']['parameters']['query']>['status']>;

/** `GET …/jobs`. */
export interface Job {
  readonly id: string;
  readonly name: string;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly lastError: string | null;
  readonly runAt: string;
  readonly createdAt: string;
  readonly completedAt: string | null;
}

/** One row of `GET …/audit-events`. */
export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly actorType: string;
  readonly actorId: string;
  readonly action: 'read' | 'create' | 'update' | 'delete';
  readonly recordType: string;
  readonly recordId: string;
  readonly patientId: string | null;
  readonly ip: string | null;
  readonly correlationId: string;
}
