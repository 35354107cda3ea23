import { describe, expect, it } from 'vitest';
import document from '../../openapi.json';
import type { Role } from '../api/views';
import {
  API_KEY_ROLES,
  AUDIT_ROLES,
  COLLECTION_APPROVER_ROLES,
  COLLECTION_READER_ROLES,
  COLLECTION_WORKER_ROLES,
  DISPUTE_STEP_ROLES,
  GATE_ADMIN_ROLES,
  JOB_ROLES,
  NAVIGATION,
  navigationFor,
  PATIENT_PAYMENT_ROLES,
  PAYMENT_PLAN_CANCEL_ROLES,
  PAYMENT_PLAN_ROLES,
  REPORT_READER_ROLES,
  REPORT_SCHEDULE_ROLES,
  STATEMENT_READER_ROLES,
  STATEMENT_RUN_ROLES,
  STATEMENT_SETTINGS_READER_ROLES,
  STATEMENT_SETTINGS_ROLES,
  USER_ADMIN_ROLES,
} from './permissions';

type Operation = { 'x-openrcm-policy'?: { kind: string; roles?: Role[] } };
const paths = document.paths as unknown as Record<string, Record<string, Operation>>;

/** The roles the server's OpenAPI document publishes for an operation (`x-openrcm-policy`). */
function serverRoles(method: string, path: string): readonly Role[] {
  const policy = paths[`/api/organizations/{organizationId}${path}`]?.[method]?.['x-openrcm-policy'];
  if (policy?.kind !== 'roles' || !policy.roles) throw new Error(`${method} ${path} has no role policy`);
  return policy.roles;
}

const labelsFor = (...roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((entry) => entry.label);

describe('navigationFor', () => {
  it('shows administrators every screen', () => {
    expect(labelsFor('admin')).toEqual(NAVIGATION.map((entry) => entry.label));
  });

  it('shows gate settings to administrators only', () => {
    expect(labelsFor('admin')).toContain('Gate settings');
    expect(labelsFor('biller', 'manager')).not.toContain('Gate settings');
    expect(labelsFor('biller', 'manager')).toEqual(expect.arrayContaining(['Dashboard', 'Workflows', 'Claims', 'Work queues', 'Patients', 'Remittances']));
  });

  it('keeps deposits and the ledger from the roles the server refuses them', () => {
    expect(labelsFor('front-desk')).not.toContain('Deposits');
    expect(labelsFor('front-desk')).not.toContain('Ledger');
    expect(labelsFor('poster')).toEqual(expect.arrayContaining(['Deposits', 'Ledger']));
  });

  it('shows jobs and the audit trail to managers and administrators only', () => {
    expect(labelsFor('front-desk', 'coder', 'biller', 'poster', 'ar')).not.toContain('Jobs');
    expect(labelsFor('front-desk', 'coder', 'biller', 'poster', 'ar')).not.toContain('Audit trail');
    expect(labelsFor('manager')).toEqual(expect.arrayContaining(['Jobs', 'Audit trail']));
  });

  it('shows users and API keys to administrators only', () => {
    expect(labelsFor('manager')).not.toContain('Users and roles');
    expect(labelsFor('manager')).not.toContain('API keys');
  });

  it('shows the reports to the roles that see money and claims, not to the front desk or coders', () => {
    expect(labelsFor('front-desk', 'coder')).not.toContain('Reports');
    for (const role of ['biller', 'poster', 'ar', 'manager'] as const) expect(labelsFor(role)).toContain('Reports');
    expect(labelsFor('admin').indexOf('Reports')).toBe(labelsFor('admin').indexOf('Ledger') + 1);
  });

  it('shows statements to the billing office and the front desk, not to coders or posters', () => {
    for (const role of ['front-desk', 'biller', 'ar', 'manager'] as const) expect(labelsFor(role)).toContain('Statements');
    expect(labelsFor('coder', 'poster')).not.toContain('Statements');
  });

  it('shows collections to A/R, managers and administrators, after the statements', () => {
    for (const role of ['ar', 'manager', 'admin'] as const) expect(labelsFor(role)).toContain('Collections');
    expect(labelsFor('front-desk', 'coder', 'biller', 'poster')).not.toContain('Collections');
    expect(labelsFor('admin').indexOf('Collections')).toBe(labelsFor('admin').indexOf('Statements') + 1);
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

  it('reports and their scheduled emails', () => {
    for (const path of ['/reports', '/reports/{reportId}/run', '/reports/{reportId}/export.csv']) expect(same(serverRoles('get', path))).toEqual(same(REPORT_READER_ROLES));
    for (const [method, path] of [
      ['get', '/report-schedules'],
      ['post', '/report-schedules'],
      ['patch', '/report-schedules/{scheduleId}'],
      ['delete', '/report-schedules/{scheduleId}'],
      ['get', '/report-schedules/{scheduleId}/emails'],
      ['post', '/report-schedules/{scheduleId}/send'],
    ] as const) {
      expect(same(serverRoles(method, path))).toEqual(same(REPORT_SCHEDULE_ROLES));
    }
    // The schedules screen names locations, providers and payers and lists the reports: its roles may read them.
    for (const role of REPORT_SCHEDULE_ROLES) for (const path of ['/reports', '/locations', '/providers', '/payers']) expect(serverRoles('get', path)).toContain(role);
  });

  it('statements: settings, runs, outcomes, patient accounts, statements and disputes', () => {
    expect(same(serverRoles('get', '/statement-settings'))).toEqual(same(STATEMENT_SETTINGS_READER_ROLES));
    expect(same(serverRoles('put', '/statement-settings'))).toEqual(same(STATEMENT_SETTINGS_ROLES));
    expect(same(serverRoles('post', '/statement-runs'))).toEqual(same(STATEMENT_RUN_ROLES));
    for (const [method, path] of [
      ['get', '/statement-runs'],
      ['get', '/statement-runs/{runId}/outcomes'],
      ['get', '/patients/{patientId}/statement-account'],
      ['patch', '/patients/{patientId}/statement-account'],
      ['get', '/patients/{patientId}/statements'],
      ['get', '/statements/{statementId}/pdf'],
      ['get', '/patients/{patientId}/disputes'],
      ['post', '/patients/{patientId}/disputes'],
    ] as const) {
      expect(same(serverRoles(method, path))).toEqual(same(STATEMENT_READER_ROLES));
    }
    expect(same(serverRoles('post', '/disputes/{disputeId}/steps'))).toEqual(same(DISPUTE_STEP_ROLES));
    // The outcomes link to the patient page, which every statement reader may open.
    for (const role of STATEMENT_READER_ROLES) expect(serverRoles('get', '/patients/{patientId}')).toContain(role);
  });

  it("a patient's payments and payment plans", () => {
    expect(same(serverRoles('get', '/patients/{patientId}/payments'))).toEqual(same(PATIENT_PAYMENT_ROLES));
    expect(same(serverRoles('post', '/patients/{patientId}/payments'))).toEqual(same(PATIENT_PAYMENT_ROLES));
    for (const [method, path] of [
      ['get', '/patients/{patientId}/payment-plans'],
      ['post', '/patients/{patientId}/payment-plans'],
      ['patch', '/payment-plans/{planId}'],
    ] as const) {
      expect(same(serverRoles(method, path))).toEqual(same(PAYMENT_PLAN_ROLES));
    }
    expect(same(serverRoles('post', '/payment-plans/{planId}/cancel'))).toEqual(same(PAYMENT_PLAN_CANCEL_ROLES));
    // Each section sits on the patient page, which its roles may open.
    for (const role of [...PATIENT_PAYMENT_ROLES, ...PAYMENT_PLAN_ROLES]) expect(serverRoles('get', '/patients/{patientId}')).toContain(role);
  });

  it('collections: the rules, batches, placements, agency files and a patient’s communications', () => {
    for (const path of [
      '/collection-settings',
      '/collection-placement-batches',
      '/collection-placement-batches/{batchId}',
      '/collection-placements',
      '/collection-placements/{placementId}',
      '/collection-placements/{placementId}/credit-reporting',
      '/collection-agency-files',
      '/patients/{patientId}/collections',
      '/collection-communications/{communicationId}/notice.pdf',
    ]) {
      expect(same(serverRoles('get', path))).toEqual(same(COLLECTION_READER_ROLES));
    }
    expect(same(serverRoles('get', '/patients/{patientId}/collection-call-check'))).toEqual(same(COLLECTION_WORKER_ROLES));
    for (const path of [
      '/collection-placement-batches',
      '/collection-recalls',
      '/collection-agency-files',
      '/collection-agency-files/fetch',
      '/patients/{patientId}/validation-notice',
      '/patients/{patientId}/collection-calls',
      '/patients/{patientId}/collection-emails',
      '/patients/{patientId}/collection-opt-outs',
      '/patients/{patientId}/collection-disputes',
      '/collection-disputes/{disputeId}/verification',
    ]) {
      expect(same(serverRoles('post', path))).toEqual(same(COLLECTION_WORKER_ROLES));
    }
    expect(same(serverRoles('put', '/collection-settings'))).toEqual(same(COLLECTION_APPROVER_ROLES));
    for (const path of ['/collection-placement-batches/{batchId}/approve', '/collection-placement-batches/{batchId}/reject']) expect(same(serverRoles('post', path))).toEqual(same(COLLECTION_APPROVER_ROLES));
    // The screens link to the patient page, and the section sits on it: its roles may open it.
    for (const role of COLLECTION_READER_ROLES) expect(serverRoles('get', '/patients/{patientId}')).toContain(role);
  });

  it('the audit trail lists users by name only for roles that may list them', () => {
    for (const role of AUDIT_ROLES) expect(serverRoles('get', '/users')).toContain(role);
  });
});
