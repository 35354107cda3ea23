import { Center, Loader, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api/problem';
import { ApiKeysPage } from './administration/api-keys-page';
import { AuditPage } from './administration/audit-page';
import { JobsPage } from './administration/jobs-page';
import { UsersPage } from './administration/users-page';
import { useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { SignInPage } from './auth/sign-in-page';
import { DashboardPage } from './dashboard/dashboard-page';
import { EncounterPage } from './encounters/encounter-page';
import { ClaimPage } from './claims/claim-page';
import { ClaimsPage } from './claims/claims-page';
import { AppLayout } from './layout/app-layout';
import { RequireRoles } from './layout/not-allowed';
import { FeeSchedulePage } from './fee-schedules/fee-schedule-page';
import { FeeSchedulesPage } from './fee-schedules/fee-schedules-page';
import { PatientsPage } from './patients/patients-page';
import { PayerPage } from './payers/payer-page';
import { PayersPage } from './payers/payers-page';
import { PluginsPage } from './plugins/plugins-page';
import { PatientPage } from './patients/patient-page';
import { AppointmentsPage } from './appointments/appointments-page';
import { VisitPage } from './appointments/visit-page';
import { chooseOrganization, storedOrganization, storeOrganization } from './session/current-organization';
import { CreditBalancesPage } from './credit-balances/credit-balances-page';
import { DepositsPage } from './deposits/deposits-page';
import { LedgerPage } from './ledger/ledger-page';
import { ManualEobPage } from './remittances/manual-eob/manual-eob-page';
import { RemittancePage } from './remittances/remittance-page';
import { RemittancesPage } from './remittances/remittances-page';
import { UnmatchedPage } from './remittances/unmatched-page';
import { VariancesPage } from './remittances/variances-page';
import { ReportPage } from './reports/report-page';
import { ReportsPage } from './reports/reports-page';
import { ReportSchedulesPage } from './reports/schedules/report-schedules-page';
import { StatementRunPage } from './statements/statement-run-page';
import { StatementRunsPage } from './statements/statement-runs-page';
import { StatementSettingsPage } from './statements/statement-settings-page';
import { AgencyFilesPage } from './collections/agency-files-page';
import { CollectionSettingsPage } from './collections/collection-settings-page';
import { PlacementBatchPage } from './collections/placement-batch-page';
import { PlacementBatchesPage } from './collections/placement-batches-page';
import { PlacementPage } from './collections/placement-page';
import { PlacementsPage } from './collections/placements-page';
import {
  API_KEY_ROLES,
  AUDIT_ROLES,
  COLLECTION_READER_ROLES,
  DEPOSIT_READER_ROLES,
  GATE_ADMIN_ROLES,
  JOB_ROLES,
  LEDGER_READER_ROLES,
  PLUGIN_ADMIN_ROLES,
  POSTING_ROLES,
  REPORT_READER_ROLES,
  REPORT_SCHEDULE_ROLES,
  STATEMENT_READER_ROLES,
  STATEMENT_SETTINGS_READER_ROLES,
  USER_ADMIN_ROLES,
} from './session/permissions';
import { contrastVariables, theme } from './theme';
import { SESSION_KEY, useOrganizationsQuery, useSessionQuery } from './session/session-queries';
import { GateSettingsPage } from './workflows/gate-settings-page';
import { WorkflowsPage } from './workflows/workflows-page';
import { WorkItemPage } from './work-items/work-item-page';
import { WorkItemsPage } from './work-items/work-items-page';

function Loading() {
  return (
    <Center mih="50vh">
      <Loader aria-label="Loading" />
    </Center>
  );
}

function SignedInRoutes() {
  const session = useSessionQuery();
  const active = session.data?.stage === 'active';
  const organizations = useOrganizationsQuery(active);
  const [chosen, setChosen] = useState<string | null>(storedOrganization());

  if (session.isPending) return <Loading />;
  if (!session.data || !active) return <SignInPage stage={session.data?.stage ?? null} />;
  const organizationId = chooseOrganization(session.data.memberships, chosen);
  if (!organizationId) return <SignInPage stage={null} />;
  const switchTo = (id: string) => {
    storeOrganization(id);
    setChosen(id);
  };

  return (
    <Routes>
      <Route element={<AppLayout key={organizationId} session={session.data} organizationId={organizationId} organizations={organizations.data ?? []} onSwitch={switchTo} />}>
        <Route index element={<Navigate to="/dashboard" replace />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="workflows" element={<WorkflowsPage />} />
        <Route
          path="gates"
          element={
            <RequireRoles roles={GATE_ADMIN_ROLES}>
              <GateSettingsPage />
            </RequireRoles>
          }
        />
        <Route path="claims" element={<ClaimsPage />} />
        <Route path="claims/:claimId" element={<ClaimPage />} />
        <Route path="work-items" element={<WorkItemsPage />} />
        <Route path="work-items/:workItemId" element={<WorkItemPage />} />
        <Route path="patients" element={<PatientsPage />} />
        <Route path="remittances" element={<RemittancesPage />} />
        <Route path="remittances/unmatched" element={<UnmatchedPage />} />
        <Route path="remittances/variances" element={<VariancesPage />} />
        <Route
          path="remittances/new"
          element={
            <RequireRoles roles={POSTING_ROLES}>
              <ManualEobPage />
            </RequireRoles>
          }
        />
        <Route path="remittances/:remittanceId" element={<RemittancePage />} />
        <Route
          path="deposits"
          element={
            <RequireRoles roles={DEPOSIT_READER_ROLES}>
              <DepositsPage />
            </RequireRoles>
          }
        />
        <Route path="credit-balances" element={<CreditBalancesPage />} />
        <Route
          path="ledger"
          element={
            <RequireRoles roles={LEDGER_READER_ROLES}>
              <LedgerPage />
            </RequireRoles>
          }
        />
        <Route
          path="statements"
          element={
            <RequireRoles roles={STATEMENT_READER_ROLES}>
              <StatementRunsPage />
            </RequireRoles>
          }
        />
        <Route
          path="statements/settings"
          element={
            <RequireRoles roles={STATEMENT_SETTINGS_READER_ROLES}>
              <StatementSettingsPage />
            </RequireRoles>
          }
        />
        <Route
          path="statements/runs/:runId"
          element={
            <RequireRoles roles={STATEMENT_READER_ROLES}>
              <StatementRunPage />
            </RequireRoles>
          }
        />
        <Route
          path="collections"
          element={
            <RequireRoles roles={COLLECTION_READER_ROLES}>
              <PlacementBatchesPage />
            </RequireRoles>
          }
        />
        <Route
          path="collections/batches/:batchId"
          element={
            <RequireRoles roles={COLLECTION_READER_ROLES}>
              <PlacementBatchPage />
            </RequireRoles>
          }
        />
        <Route
          path="collections/placements"
          element={
            <RequireRoles roles={COLLECTION_READER_ROLES}>
              <PlacementsPage />
            </RequireRoles>
          }
        />
        <Route
          path="collections/placements/:placementId"
          element={
            <RequireRoles roles={COLLECTION_READER_ROLES}>
              <PlacementPage />
            </RequireRoles>
          }
        />
        <Route
          path="collections/files"
          element={
            <RequireRoles roles={COLLECTION_READER_ROLES}>
              <AgencyFilesPage />
            </RequireRoles>
          }
        />
        <Route
          path="collections/settings"
          element={
            <RequireRoles roles={COLLECTION_READER_ROLES}>
              <CollectionSettingsPage />
            </RequireRoles>
          }
        />
        <Route
          path="reports"
          element={
            <RequireRoles roles={REPORT_READER_ROLES}>
              <ReportsPage />
            </RequireRoles>
          }
        />
        <Route
          path="reports/schedules"
          element={
            <RequireRoles roles={REPORT_SCHEDULE_ROLES}>
              <ReportSchedulesPage />
            </RequireRoles>
          }
        />
        <Route
          path="reports/:reportId"
          element={
            <RequireRoles roles={REPORT_READER_ROLES}>
              <ReportPage />
            </RequireRoles>
          }
        />
        <Route path="*" element={<Navigate to="/dashboard" replace />} />
        <Route path="encounters/:encounterId" element={<EncounterPage />} />
        <Route path="payers" element={<PayersPage />} />
        <Route path="payers/:payerId" element={<PayerPage />} />
        <Route path="fee-schedules" element={<FeeSchedulesPage />} />
        <Route path="fee-schedules/:feeScheduleId" element={<FeeSchedulePage />} />
        <Route
          path="plugins"
          element={
            <RequireRoles roles={PLUGIN_ADMIN_ROLES}>
              <PluginsPage />
            </RequireRoles>
          }
        />
        <Route path="patients/:patientId" element={<PatientPage />} />
        <Route path="appointments" element={<AppointmentsPage />} />
        <Route path="appointments/:encounterId" element={<VisitPage />} />
        <Route
          path="users"
          element={
            <RequireRoles roles={USER_ADMIN_ROLES}>
              <UsersPage />
            </RequireRoles>
          }
        />
        <Route
          path="api-keys"
          element={
            <RequireRoles roles={API_KEY_ROLES}>
              <ApiKeysPage />
            </RequireRoles>
          }
        />
        <Route
          path="jobs"
          element={
            <RequireRoles roles={JOB_ROLES}>
              <JobsPage />
            </RequireRoles>
          }
        />
        <Route
          path="audit"
          element={
            <RequireRoles roles={AUDIT_ROLES}>
              <AuditPage />
            </RequireRoles>
          }
        />
      </Route>
    </Routes>
  );
}

/** A query client that goes back to sign-in when the server answers 401 (the session timed out or was closed). */
function newQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) void client.invalidateQueries({ queryKey: SESSION_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    // A refusal (4xx) does not change by asking again, and the screen shows it at once; other failures are retried.
    defaultOptions: { queries: { refetchOnWindowFocus: false, retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 3 } },
  });
  return client;
}

/** The admin app: providers, the router under /admin, sign-in until the session is active. */
export function App() {
  const [queryClient] = useState(newQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={contrastVariables}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename="/admin">
          <SignedInRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
