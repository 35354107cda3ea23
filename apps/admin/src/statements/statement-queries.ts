import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { PatientDispute, StatementAccount, StatementListing, StatementRun, StatementRunOutcome, StatementSettings } from '../api/views';

/** Query keys of the statement screens, so a change refreshes what depends on it. */
export const statementKeys = {
  settings: (organizationId: string) => ['statement-settings', organizationId] as const,
  runs: (organizationId: string) => ['statement-runs', organizationId] as const,
  run: (organizationId: string, runId: string) => ['statement-runs', organizationId, runId] as const,
  outcomes: (organizationId: string, runId: string) => ['statement-runs', organizationId, runId, 'outcomes'] as const,
  account: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'statement-account'] as const,
  statements: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'statements'] as const,
  disputes: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'disputes'] as const,
};

export function useStatementSettings(organizationId: string) {
  return useQuery({
    queryKey: statementKeys.settings(organizationId),
    queryFn: () => expectOk<StatementSettings>(api.GET('/api/organizations/{organizationId}/statement-settings', { params: { path: { organizationId } } })),
  });
}

/** The organization's statement runs, newest first (the server answers the last 100). */
export function useStatementRuns(organizationId: string) {
  return useQuery({
    queryKey: statementKeys.runs(organizationId),
    queryFn: async () => (await expectOk<{ items: StatementRun[] }>(api.GET('/api/organizations/{organizationId}/statement-runs', { params: { path: { organizationId } } }))).items,
  });
}

export function useStatementRun(organizationId: string, runId: string) {
  return useQuery({
    queryKey: statementKeys.run(organizationId, runId),
    queryFn: async () => expectOk<StatementRun>(api.GET('/api/organizations/{organizationId}/statement-runs/{runId}', { params: { path: { organizationId, runId } } })),
  });
}

export function useRunOutcomes(organizationId: string, runId: string) {
  return useQuery({
    queryKey: statementKeys.outcomes(organizationId, runId),
    queryFn: async () =>
      (await expectOk<{ items: StatementRunOutcome[] }>(api.GET('/api/organizations/{organizationId}/statement-runs/{runId}/outcomes', { params: { path: { organizationId, runId } } }))).items,
  });
}

export function useStatementAccount(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: statementKeys.account(organizationId, patientId),
    queryFn: () => expectOk<StatementAccount>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/statement-account', { params: { path: { organizationId, patientId } } })),
  });
}

/** The statements sent to the patient, newest first, with their deliveries. */
export function usePatientStatements(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: statementKeys.statements(organizationId, patientId),
    queryFn: async () =>
      (await expectOk<{ items: StatementListing[] }>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/statements', { params: { path: { organizationId, patientId } } }))).items,
  });
}

export function usePatientDisputes(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: statementKeys.disputes(organizationId, patientId),
    queryFn: async () =>
      (await expectOk<{ items: PatientDispute[] }>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/disputes', { params: { path: { organizationId, patientId } } }))).items,
  });
}

/** Where a statement's PDF is read (same origin: the session cookie goes with the link). */
export const statementPdfHref = (organizationId: string, statementId: string) => `/api/organizations/${organizationId}/statements/${statementId}/pdf`;
