import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { EncounterDetail, EncounterEvent, FeePrice, Location, Member, Patient, Provider } from '../api/views';
import type { ChargeRequest } from './charge-entry';

export interface CheckException {
  readonly check: string;
  readonly owner: string;
  readonly reason: string;
}

const encounterKey = (organizationId: string, encounterId: string) => ['encounter', organizationId, encounterId];

export function useEncounterQuery(organizationId: string, encounterId: string) {
  return useQuery({
    queryKey: encounterKey(organizationId, encounterId),
    queryFn: () =>
      expectOk<EncounterDetail>(api.GET('/api/organizations/{organizationId}/encounters/{encounterId}', { params: { path: { organizationId, encounterId } } })),
  });
}

/** The people and place the header names (each a read the server audits or any member may make). */
export function useEncounterParties(organizationId: string, encounter: EncounterDetail | undefined) {
  const path = { organizationId };
  const patient = useQuery({
    queryKey: ['patient', organizationId, encounter?.patientId],
    enabled: encounter !== undefined,
    queryFn: () =>
      expectOk<Patient>(api.GET('/api/organizations/{organizationId}/patients/{patientId}', { params: { path: { ...path, patientId: encounter?.patientId ?? '' } } })),
  });
  const provider = useQuery({
    queryKey: ['provider', organizationId, encounter?.renderingProviderId],
    enabled: encounter !== undefined,
    queryFn: () =>
      expectOk<Provider>(
        api.GET('/api/organizations/{organizationId}/providers/{providerId}', { params: { path: { ...path, providerId: encounter?.renderingProviderId ?? '' } } }),
      ),
  });
  const location = useQuery({
    queryKey: ['location', organizationId, encounter?.locationId],
    enabled: encounter !== undefined,
    queryFn: () =>
      expectOk<Location>(api.GET('/api/organizations/{organizationId}/locations/{locationId}', { params: { path: { ...path, locationId: encounter?.locationId ?? '' } } })),
  });
  return { patient: patient.data, provider: provider.data, location: location.data };
}

/** The charge master's price of a code with its modifiers on the date of service (`GET …/fee-schedules/price`). */
export function usePriceQuery(organizationId: string, request: { code: string | null; modifiers: readonly string[]; placeOfService: string; dateOfService: string }) {
  const { code, modifiers, placeOfService, dateOfService } = request;
  return useQuery({
    queryKey: ['price', organizationId, code, modifiers.join(','), placeOfService, dateOfService],
    enabled: code !== null,
    queryFn: () =>
      expectOk<FeePrice>(
        api.GET('/api/organizations/{organizationId}/fee-schedules/price', {
          params: { path: { organizationId }, query: { code: code ?? '', placeOfService, dateOfService, ...(modifiers.length > 0 && { modifier: modifiers.join(',') }) } },
        }),
      ),
  });
}

/** The organization's active members, for administrators and managers (who may name another owner of an exception). */
export function useMembersQuery(organizationId: string, allowed: boolean) {
  return useQuery({
    queryKey: ['members', organizationId],
    enabled: allowed,
    queryFn: () => expectOk<Member[]>(api.GET('/api/organizations/{organizationId}/users', { params: { path: { organizationId } } })),
  });
}

/** The writes of the encounter screen; each refreshes the encounter. */
export function useEncounterMutations(organizationId: string, encounterId: string) {
  const queryClient = useQueryClient();
  const path = { organizationId, encounterId };
  const refresh = () => queryClient.invalidateQueries({ queryKey: encounterKey(organizationId, encounterId) });
  return {
    setDiagnoses: useMutation({
      mutationFn: (codes: string[]) => expectOk(api.PUT('/api/organizations/{organizationId}/encounters/{encounterId}/diagnoses', { params: { path }, body: { codes } })),
      onSuccess: refresh,
    }),
    signDocumentation: useMutation({
      mutationFn: (body: { providerId: string; signedAt: string }) =>
        expectOk(api.PUT('/api/organizations/{organizationId}/encounters/{encounterId}/documentation', { params: { path }, body })),
      onSuccess: refresh,
    }),
    enterCharge: useMutation({
      mutationFn: (body: ChargeRequest & { unitPriceCents?: number }) =>
        expectOk(api.POST('/api/organizations/{organizationId}/encounters/{encounterId}/charges', { params: { path }, body })),
      onSuccess: refresh,
    }),
    voidCharge: useMutation({
      mutationFn: ({ chargeId, reason }: { chargeId: string; reason: string }) =>
        expectOk(api.POST('/api/organizations/{organizationId}/encounters/{encounterId}/charges/{chargeId}/void', { params: { path: { ...path, chargeId } }, body: { reason } })),
      onSuccess: refresh,
    }),
    transition: useMutation({
      mutationFn: (body: { event: EncounterEvent; reason?: string; exceptions?: CheckException[] }) =>
        expectOk(api.POST('/api/organizations/{organizationId}/encounters/{encounterId}/transitions', { params: { path }, body })),
      onSuccess: refresh,
    }),
  };
}
