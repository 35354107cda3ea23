import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { AgencyFile, CollectionSettings, CreditReportingAnswer, PatientCollections, Placement, PlacementBatch, PlacementBatchDetail, PlacementDetail, PlacementState } from '../api/views';

/** Query keys of the collection screens, so a change refreshes what depends on it. */
export const collectionKeys = {
  all: (organizationId: string) => ['collections', organizationId] as const,
  settings: (organizationId: string) => ['collections', organizationId, 'settings'] as const,
  batches: (organizationId: string) => ['collections', organizationId, 'batches'] as const,
  batch: (organizationId: string, batchId: string) => ['collections', organizationId, 'batches', batchId] as const,
  placements: (organizationId: string, filter: { state?: PlacementState; patientId?: string }) => ['collections', organizationId, 'placements', filter] as const,
  placement: (organizationId: string, placementId: string) => ['collections', organizationId, 'placement', placementId] as const,
  creditReporting: (organizationId: string, placementId: string) => ['collections', organizationId, 'placement', placementId, 'credit-reporting'] as const,
  files: (organizationId: string) => ['collections', organizationId, 'files'] as const,
  patient: (organizationId: string, patientId: string) => ['patient', organizationId, patientId, 'collections'] as const,
};

export function useCollectionSettings(organizationId: string) {
  return useQuery({
    queryKey: collectionKeys.settings(organizationId),
    queryFn: () => expectOk<CollectionSettings>(api.GET('/api/organizations/{organizationId}/collection-settings', { params: { path: { organizationId } } })),
  });
}

/** The placement batches, newest first (the server answers the last 100). */
export function usePlacementBatches(organizationId: string) {
  return useQuery({
    queryKey: collectionKeys.batches(organizationId),
    queryFn: () => expectOk<PlacementBatch[]>(api.GET('/api/organizations/{organizationId}/collection-placement-batches', { params: { path: { organizationId } } })),
  });
}

export function usePlacementBatch(organizationId: string, batchId: string) {
  return useQuery({
    queryKey: collectionKeys.batch(organizationId, batchId),
    queryFn: () => expectOk<PlacementBatchDetail>(api.GET('/api/organizations/{organizationId}/collection-placement-batches/{batchId}', { params: { path: { organizationId, batchId } } })),
  });
}

/** Placed accounts, newest placement first (the server answers up to 500), by state and patient. */
export function usePlacements(organizationId: string, filter: { state?: PlacementState; patientId?: string }) {
  return useQuery({
    queryKey: collectionKeys.placements(organizationId, filter),
    queryFn: () => expectOk<Placement[]>(api.GET('/api/organizations/{organizationId}/collection-placements', { params: { path: { organizationId }, query: filter } })),
  });
}

export function usePlacement(organizationId: string, placementId: string) {
  return useQuery({
    queryKey: collectionKeys.placement(organizationId, placementId),
    queryFn: () => expectOk<PlacementDetail>(api.GET('/api/organizations/{organizationId}/collection-placements/{placementId}', { params: { path: { organizationId, placementId } } })),
  });
}

export function useCreditReporting(organizationId: string, placementId: string) {
  return useQuery({
    queryKey: collectionKeys.creditReporting(organizationId, placementId),
    queryFn: () =>
      expectOk<CreditReportingAnswer>(api.GET('/api/organizations/{organizationId}/collection-placements/{placementId}/credit-reporting', { params: { path: { organizationId, placementId } } })),
  });
}

/** The import log of agency files, newest first (the server answers the last 200). */
export function useAgencyFiles(organizationId: string) {
  return useQuery({
    queryKey: collectionKeys.files(organizationId),
    queryFn: () => expectOk<AgencyFile[]>(api.GET('/api/organizations/{organizationId}/collection-agency-files', { params: { path: { organizationId } } })),
  });
}

/** A patient's collection communications, opt-outs and debt disputes. */
export function usePatientCollections(organizationId: string, patientId: string) {
  return useQuery({
    queryKey: collectionKeys.patient(organizationId, patientId),
    queryFn: () => expectOk<PatientCollections>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/collections', { params: { path: { organizationId, patientId } } })),
  });
}

/** Where a validation notice's PDF is read (same origin: the session cookie goes with the link). */
export const noticePdfHref = (organizationId: string, communicationId: string) => `/api/organizations/${organizationId}/collection-communications/${communicationId}/notice.pdf`;
