import { describe, expect, it } from 'vitest';
import document from '../../openapi.json';
import type { Role } from '../api/views';
import { API_KEY_ROLES, AUDIT_ROLES, GATE_ADMIN_ROLES, JOB_ROLES, navigationFor, USER_ADMIN_ROLES } from './permissions';

type Operation = { 'x-openrcm-policy'?: { kind: string; roles?: Role[] } };
const paths = document.paths as unknown as Record<string, Record<string, Operation>>;

/** The roles the server's OpenAPI document publishes for an operation (`x-openrcm-policy`). */
function serverRoles(method: string, path: string): readonly Role[] {
  const policy = paths[`/api/organizations/{organizationId}${path}`]?.[method]?.['x-openrcm-policy'];
  if (policy?.kind !== 'roles' || !policy.roles) throw new Error(`${method} ${path} has no role policy`);
  return policy.roles;
}

describe('navigationFor', () => {
  it('shows gate settings, users and API keys to administrators only', () => {
    expect(navigationFor(['admin']).map((entry) => entry.label)).toEqual([
      'Workflows', 'Gate settings', 'Work items', 'Patients', 'Remittances', 'Deposits', 'Credit balances', 'Ledger', 'Users and roles', 'API keys', 'Jobs', 'Audit trail',
    ]);
    expect(navigationFor(['biller', 'manager']).map((entry) => entry.label)).toEqual(['Workflows', 'Work items', 'Patients', 'Remittances', 'Deposits', 'Credit balances', 'Ledger', 'Jobs', 'Audit trail']);
  });

  it('keeps deposits and the ledger from the roles the server refuses them', () => {
    expect(navigationFor(['front-desk']).map((entry) => entry.label)).toEqual(['Workflows', 'Work items', 'Patients', 'Remittances', 'Credit balances']);
    expect(navigationFor(['poster']).map((entry) => entry.label)).toContain('Deposits');
  });

  it('shows jobs and the audit trail to managers and administrators only', () => {
    expect(navigationFor(['front-desk', 'coder', 'biller', 'poster', 'ar']).map((entry) => entry.label)).not.toContain('Jobs');
    expect(navigationFor(['front-desk', 'coder', 'biller', 'poster', 'ar']).map((entry) => entry.label)).not.toContain('Audit trail');
  });

  it('shows nothing to someone without a role', () => {
    expect(navigationFor([])).toEqual([]);
  });
});

describe("the screens' roles mirror the server's policies", () => {
  const same = (roles: readonly Role[]) => [...roles].sort();

  it('users and roles: the writes the screen makes', () => {
    for (const [method, path] of [['post', '/users'], ['put', '/users/{userId}/roles'], ['post', '/users/{userId}/deactivate'], ['post', '/users/{userId}/reset-mfa']] as const) {
      expect(same(serverRoles(method, path))).toEqual(same(USER_ADMIN_ROLES));
    }
  });

  it('API keys, jobs, audit trail, gate settings', () => {
    expect(same(serverRoles('get', '/api-keys'))).toEqual(same(API_KEY_ROLES));
    expect(same(serverRoles('post', '/api-keys/{keyId}/revoke'))).toEqual(same(API_KEY_ROLES));
    expect(same(serverRoles('get', '/jobs'))).toEqual(same(JOB_ROLES));
    expect(same(serverRoles('post', '/jobs/{jobId}/retry'))).toEqual(same(JOB_ROLES));
    expect(same(serverRoles('get', '/audit-events'))).toEqual(same(AUDIT_ROLES));
    expect(same(serverRoles('put', '/gates/{check}'))).toEqual(same(GATE_ADMIN_ROLES));
  });

  it('the audit trail lists users by name only for roles that may list them', () => {
    for (const role of AUDIT_ROLES) expect(serverRoles('get', '/users')).toContain(role);
  });
});
