import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { Coverage, Page, PatientBalances, PatientDetail } from '../api/views';
import { usePagedList } from '../lists/use-paged-list';

/** Query keys of one patient's records, so a change can refresh what depends on it. */
export const patientKeys = {
  patient: (organizationId: string, patientId: string) => ['patient', organizationId, patientId] as const,
  coverages: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'coverages'] as const,
  guarantor: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'guarantor'] as const,
  balances: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'balances'] as const,
};

export function usePatient(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: patientKeys.patient(organizationId, patientId),
    queryFn: () => expectOk<PatientDetail>(api.GET('/api/organizations/{organizationId}/patients/{patientId}', { params: { path: { organizationId, patientId } } })),
    enabled: patientId !== '',
  });
}

/** One page of the patient's coverages (a patient rarely has more than a few; the pager covers the rest). */
export function usePagedCoverages(organizationId: string, patientId: string) {
  return usePagedList(patientKeys.coverages(organizationId, patientId), (after) =>
    expectOk<Page<Coverage>>(
      api.GET('/api/organizations/{organizationId}/patients/{patientId}/coverages', { params: { path: { organizationId, patientId }, query: { limit: 25, ...(after && { after }) } } }),
    ),
  );
}

export function usePatientBalances(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: patientKeys.balances(organizationId, patientId),
    queryFn: () => expectOk<PatientBalances>(api.GET('/api/organizations/{organizationId}/ledger/balances/patients/{patientId}', { params: { path: { organizationId, patientId } } })),
  });
}
