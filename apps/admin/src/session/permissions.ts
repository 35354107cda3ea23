import type { ApiKeyRole, Role } from '../api/views';

export const ALL_ROLES: readonly Role[] = ['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager', 'admin'];
/** Who may register patients (the server's policy on `POST …/patients`). */
export const REGISTRATION_ROLES: readonly Role[] = ['front-desk', 'biller', 'manager', 'admin'];
/** Who may change gate policies and settings (`PUT …/gates/:check`, `PUT …/gate-settings`). */
export const GATE_ADMIN_ROLES: readonly Role[] = ['admin'];
/** Who may post remittances (835 upload, paper EOBs) and explain variances (`POST …/remittances…`). */
export const POSTING_ROLES: readonly Role[] = ['poster', 'biller', 'manager', 'admin'];
/** Who may read bank deposits (`GET …/deposits`). */
export const DEPOSIT_READER_ROLES: readonly Role[] = ['poster', 'biller', 'ar', 'manager', 'admin'];
/** Who may enter, import and reconcile deposits (`POST …/deposits…`). */
export const RECONCILER_ROLES: readonly Role[] = ['poster', 'biller', 'manager', 'admin'];
/** Who may refund or transfer a credit balance (`POST …/credit-balances/refund|transfer`). */
export const CREDIT_RESOLVER_ROLES: readonly Role[] = ['biller', 'manager', 'admin'];
/** Who may read the ledger's summary and payer balances (`GET …/ledger/…`). */
export const LEDGER_READER_ROLES: readonly Role[] = ['poster', 'biller', 'ar', 'manager', 'admin'];
/** Who may verify the ledger (`POST …/ledger/verify`). */
export const LEDGER_VERIFIER_ROLES: readonly Role[] = ['manager', 'admin'];
/** Who may invite users and change their roles, MFA and membership (`POST …/users`, `PUT …/users/:id/roles`, …). */
export const USER_ADMIN_ROLES: readonly Role[] = ['admin'];
/** Who may list, create and revoke API keys (`…/api-keys`). */
export const API_KEY_ROLES: readonly Role[] = ['admin'];
/** Who may list and retry jobs (`GET …/jobs`, `POST …/jobs/:id/retry`). */
export const JOB_ROLES: readonly Role[] = ['admin', 'manager'];
/** Who may search the audit trail (`GET …/audit-events`). */
export const AUDIT_ROLES: readonly Role[] = ['manager', 'admin'];
/** Roles an API key may carry (the server refuses admin keys). */
export const API_KEY_GRANTABLE_ROLES: readonly ApiKeyRole[] = ALL_ROLES.filter((role): role is ApiKeyRole => role !== 'admin');

export interface NavigationEntry {
  readonly path: string;
  readonly label: string;
  readonly roles: readonly Role[];
}

/** The app's screens and the roles the server lets use them. */
export const NAVIGATION: readonly NavigationEntry[] = [
  { path: 'workflows', label: 'Workflows', roles: ALL_ROLES },
  { path: 'gates', label: 'Gate settings', roles: GATE_ADMIN_ROLES },
  { path: 'work-items', label: 'Work items', roles: ALL_ROLES },
  { path: 'patients', label: 'Patients', roles: ALL_ROLES },
  { path: 'remittances', label: 'Remittances', roles: ALL_ROLES },
  { path: 'deposits', label: 'Deposits', roles: DEPOSIT_READER_ROLES },
  { path: 'credit-balances', label: 'Credit balances', roles: ALL_ROLES },
  { path: 'ledger', label: 'Ledger', roles: LEDGER_READER_ROLES },
  { path: 'users', label: 'Users and roles', roles: USER_ADMIN_ROLES },
  { path: 'api-keys', label: 'API keys', roles: API_KEY_ROLES },
  { path: 'jobs', label: 'Jobs', roles: JOB_ROLES },
  { path: 'audit', label: 'Audit trail', roles: AUDIT_ROLES },
];

/** Whether any of the user's roles is among those required. */
export function allows(roles: readonly Role[], required: readonly Role[]): boolean {
  return roles.some((role) => required.includes(role));
}

/** The navigation entries the user's roles allow. */
export function navigationFor(roles: readonly Role[]): readonly NavigationEntry[] {
  return NAVIGATION.filter((entry) => allows(roles, entry.roles));
}
