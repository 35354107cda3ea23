import type { ApiKeyRole, Role } from '../api/views';

export const ALL_ROLES: readonly Role[] = ['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager', 'admin'];
/** Who may register patients (the server's policy on `POST …/patients`). */
export const REGISTRATION_ROLES: readonly Role[] = ['front-desk', 'biller', 'manager', 'admin'];
/** Who may read A/R aging and the ledger's totals (`GET …/aging`, `GET …/ledger/summary`). */
export const FINANCE_REPORT_ROLES: readonly Role[] = ['biller', 'poster', 'ar', 'manager', 'admin'];
/** Who may set guarantors and coverages (`PUT …/guarantor`, `POST`/`PATCH …/coverages`). */
export const FRONT_DESK_WRITE_ROLES: readonly Role[] = ['front-desk', 'manager', 'admin'];
/** Who may schedule appointments (`POST …/encounters`). */
export const SCHEDULING_ROLES: readonly Role[] = ['front-desk', 'manager', 'admin'];
/** Who works appointments: check-in, eligibility, the patient's estimate (`POST …/transitions`, `…/eligibility-checks/run`). */
export const CHECK_IN_ROLES: readonly Role[] = ['front-desk', 'biller', 'manager', 'admin'];
/** Who may take a payment at the visit (`POST …/encounters/:id/point-of-service-payments`). */
export const PAYMENT_ROLES: readonly Role[] = ['front-desk', 'poster', 'manager', 'admin'];
/** Who may read a patient's balance (`GET …/ledger/balances/patients/:id`). */
export const BALANCE_ROLES: readonly Role[] = ['front-desk', 'poster', 'biller', 'ar', 'manager', 'admin'];
/** Who may act on claims: scrub, release, correct, replace, void, submit (the server's policy on claim writes). */
export const CLAIM_WRITER_ROLES: readonly Role[] = ['biller', 'manager', 'admin'];
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
/** Who may list and run the reports (KPIs) the plugins contribute, and export their tables (`GET …/reports…`). */
export const REPORT_READER_ROLES: readonly Role[] = ['biller', 'poster', 'ar', 'manager', 'admin'];
/** Who may schedule report emails, change them, send a test and read what was sent (`…/report-schedules…`). */
export const REPORT_SCHEDULE_ROLES: readonly Role[] = ['manager', 'admin'];
/** Who may read statement runs and their outcomes, and a patient's statement account, statements and disputes; open disputes and change the account's consent and hold (`…/statement-runs`, `…/statement-account`, `…/disputes`). */
export const STATEMENT_READER_ROLES: readonly Role[] = ['front-desk', 'biller', 'ar', 'manager', 'admin'];
/** Who may read the statement settings (`GET …/statement-settings`). */
export const STATEMENT_SETTINGS_READER_ROLES: readonly Role[] = ['biller', 'ar', 'manager', 'admin'];
/** Who may save the statement settings (`PUT …/statement-settings`). */
export const STATEMENT_SETTINGS_ROLES: readonly Role[] = ['manager', 'admin'];
/** Who may run statements now (`POST …/statement-runs`). */
export const STATEMENT_RUN_ROLES: readonly Role[] = ['ar', 'manager', 'admin'];
/** Who may answer and resolve a patient's dispute (`POST …/disputes/:id/steps`). */
export const DISPUTE_STEP_ROLES: readonly Role[] = ['biller', 'ar', 'manager', 'admin'];
/** Who may read a patient's payments of their balance and record one taken by staff (`GET`/`POST …/patients/:id/payments`). */
export const PATIENT_PAYMENT_ROLES: readonly Role[] = ['front-desk', 'biller', 'poster', 'ar', 'manager', 'admin'];
/** Who may read, make and change a patient's payment plans (`GET`/`POST …/patients/:id/payment-plans`, `PATCH …/payment-plans/:id`). */
export const PAYMENT_PLAN_ROLES: readonly Role[] = ['front-desk', 'biller', 'ar', 'manager', 'admin'];
/** Who may cancel a payment plan (`POST …/payment-plans/:id/cancel`). */
export const PAYMENT_PLAN_CANCEL_ROLES: readonly Role[] = ['biller', 'ar', 'manager', 'admin'];
/** Who may read collections: the placement rules, batches, placed accounts, agency files, a patient's collection communications (`GET …/collection-…`, `GET …/patients/:id/collections`). */
export const COLLECTION_READER_ROLES: readonly Role[] = ['ar', 'manager', 'admin'];
/** Who works collections: propose a batch, recall, import agency files, log calls, emails, opt-outs and disputes (`POST …/collection-…`). */
export const COLLECTION_WORKER_ROLES: readonly Role[] = ['ar', 'manager', 'admin'];
/** Who may save the placement rules and approve or reject a placement batch (`PUT …/collection-settings`, `POST …/collection-placement-batches/:id/approve|reject`). */
export const COLLECTION_APPROVER_ROLES: readonly Role[] = ['manager', 'admin'];
/** Who may verify the ledger (`POST …/ledger/verify`). */
export const LEDGER_VERIFIER_ROLES: readonly Role[] = ['manager', 'admin'];
/** Who may set an encounter's diagnoses and enter or void its charges (`PUT …/diagnoses`, `POST …/charges`). */
export const CODING_ROLES: readonly Role[] = ['coder', 'biller', 'manager', 'admin'];
/** Who may record an encounter's signed documentation (`PUT …/documentation`). */
export const DOCUMENTATION_ROLES: readonly Role[] = ['coder', 'manager', 'admin'];
/** Who may move an encounter through its workflow (`POST …/encounters/:id/transitions`). */
export const VISIT_ROLES: readonly Role[] = ['front-desk', 'coder', 'biller', 'manager', 'admin'];
/** Who may list the organization's members (`GET …/users`), e.g. to name another owner of an exception. */
export const MEMBER_LIST_ROLES: readonly Role[] = ['admin', 'manager'];
/** Who may add and change payers and their enrollments (`POST`/`PATCH …/payers`, `PUT …/enrollments`). */
export const PAYER_ADMIN_ROLES: readonly Role[] = ['admin', 'manager'];
/** Who may add and change fee schedules (`POST`/`PATCH …/fee-schedules`). */
export const FEE_SCHEDULE_ADMIN_ROLES: readonly Role[] = ['admin', 'manager'];
/** Who may import a fee schedule's entries (`POST …/fee-schedules/:id/entries/import`). */
export const FEE_SCHEDULE_IMPORT_ROLES: readonly Role[] = ['admin', 'manager', 'biller'];
/** Who may see and configure plugins (`PUT …/plugins/:id/enabled`, `…/settings`). */
export const PLUGIN_ADMIN_ROLES: readonly Role[] = ['admin'];
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

/**
 * The app's screens, in the order of the day's work (front desk, billing, money, then configuration), and the roles
 * the server lets use them.
 */
export const NAVIGATION: readonly NavigationEntry[] = [
  { path: 'dashboard', label: 'Dashboard', roles: ALL_ROLES },
  { path: 'appointments', label: 'Appointments', roles: ALL_ROLES },
  { path: 'patients', label: 'Patients', roles: ALL_ROLES },
  { path: 'claims', label: 'Claims', roles: ALL_ROLES },
  { path: 'work-items', label: 'Work queues', roles: ALL_ROLES },
  { path: 'remittances', label: 'Remittances', roles: ALL_ROLES },
  { path: 'deposits', label: 'Deposits', roles: DEPOSIT_READER_ROLES },
  { path: 'credit-balances', label: 'Credit balances', roles: ALL_ROLES },
  { path: 'statements', label: 'Statements', roles: STATEMENT_READER_ROLES },
  { path: 'collections', label: 'Collections', roles: COLLECTION_READER_ROLES },
  { path: 'ledger', label: 'Ledger', roles: LEDGER_READER_ROLES },
  { path: 'reports', label: 'Reports', roles: REPORT_READER_ROLES },
  { path: 'workflows', label: 'Workflows', roles: ALL_ROLES },
  { path: 'gates', label: 'Gate settings', roles: GATE_ADMIN_ROLES },
  { path: 'payers', label: 'Payers', roles: ALL_ROLES },
  { path: 'fee-schedules', label: 'Fee schedules', roles: ALL_ROLES },
  { path: 'plugins', label: 'Plugins', roles: PLUGIN_ADMIN_ROLES },
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
