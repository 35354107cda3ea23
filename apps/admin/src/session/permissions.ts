import type { Role } from '../api/views';

export const ALL_ROLES: readonly Role[] = ['front-desk', 'coder', 'biller', 'poster', 'ar', 'manager', 'admin'];
/** Who may register patients (the server's policy on `POST …/patients`). */
export const REGISTRATION_ROLES: readonly Role[] = ['front-desk', 'biller', 'manager', 'admin'];
/** Who may change gate policies and settings (`PUT …/gates/:check`, `PUT …/gate-settings`). */
export const GATE_ADMIN_ROLES: readonly Role[] = ['admin'];
/** Who may add and change payers and their enrollments (`POST`/`PATCH …/payers`, `PUT …/enrollments`). */
export const PAYER_ADMIN_ROLES: readonly Role[] = ['admin', 'manager'];
/** Who may add and change fee schedules (`POST`/`PATCH …/fee-schedules`). */
export const FEE_SCHEDULE_ADMIN_ROLES: readonly Role[] = ['admin', 'manager'];
/** Who may import a fee schedule's entries (`POST …/fee-schedules/:id/entries/import`). */
export const FEE_SCHEDULE_IMPORT_ROLES: readonly Role[] = ['admin', 'manager', 'biller'];
/** Who may see and configure plugins (`PUT …/plugins/:id/enabled`, `…/settings`). */
export const PLUGIN_ADMIN_ROLES: readonly Role[] = ['admin'];

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
  { path: 'payers', label: 'Payers', roles: ALL_ROLES },
  { path: 'fee-schedules', label: 'Fee schedules', roles: ALL_ROLES },
  { path: 'plugins', label: 'Plugins', roles: PLUGIN_ADMIN_ROLES },
];

/** Whether any of the user's roles is among those required. */
export function allows(roles: readonly Role[], required: readonly Role[]): boolean {
  return roles.some((role) => required.includes(role));
}

/** The navigation entries the user's roles allow. */
export function navigationFor(roles: readonly Role[]): readonly NavigationEntry[] {
  return NAVIGATION.filter((entry) => allows(roles, entry.roles));
}
