import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { components } from '../api/schema';
import { usePagedList } from '../lists/use-paged-list';
import type { FeeSchedule, FeeScheduleDetail, FeeScheduleEntry, FeeScheduleImportPreview, FeeScheduleImportSummary, Page, Payer } from '../api/views';

export type CreateFeeSchedule = components['schemas']['CreateFeeScheduleDto'];
export type UpdateFeeSchedule = components['schemas']['UpdateFeeScheduleDto'];

const ENTRIES_PAGE = 50;

function getSchedule(organizationId: string, feeScheduleId: string, limit: number, after?: string) {
  return expectOk<FeeScheduleDetail>(
    api.GET('/api/organizations/{organizationId}/fee-schedules/{feeScheduleId}', { params: { path: { organizationId, feeScheduleId }, query: { limit, ...(after && { after }) } } }),
  );
}

/** The schedule's fields (with the first entry only; its entries are paged by {@link useFeeScheduleEntries}). */
export function useFeeScheduleQuery(organizationId: string, feeScheduleId: string) {
  return useQuery({ queryKey: ['fee-schedules', organizationId, 'one', feeScheduleId], queryFn: () => getSchedule(organizationId, feeScheduleId, 1) });
}

/** The schedule's entries by code and modifier, 50 a page. */
export function useFeeScheduleEntries(organizationId: string, feeScheduleId: string) {
  return usePagedList<FeeScheduleEntry>(['fee-schedules', organizationId, 'one', feeScheduleId, 'entries'], async (after) => (await getSchedule(organizationId, feeScheduleId, ENTRIES_PAGE, after)).entries);
}

export function useCreateFeeSchedule(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeeSchedule) => expectOk<FeeSchedule>(api.POST('/api/organizations/{organizationId}/fee-schedules', { params: { path: { organizationId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['fee-schedules', organizationId] }),
  });
}

export function useUpdateFeeSchedule(organizationId: string, feeScheduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFeeSchedule) =>
      expectOk<FeeSchedule>(api.PATCH('/api/organizations/{organizationId}/fee-schedules/{feeScheduleId}', { params: { path: { organizationId, feeScheduleId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['fee-schedules', organizationId] }),
  });
}

function postEntries(organizationId: string, feeScheduleId: string, csv: string, dryRun: boolean) {
  return api.POST('/api/organizations/{organizationId}/fee-schedules/{feeScheduleId}/entries/import', {
    params: { path: { organizationId, feeScheduleId }, query: { dryRun: dryRun ? 'true' : 'false' } },
    body: csv,
    bodySerializer: (body: string) => body,
    headers: { 'content-type': 'text/csv' },
  });
}

/** Reads an entries file on the server without saving anything: its rows, its bad lines, what saving would change. */
export function usePreviewEntries(organizationId: string, feeScheduleId: string) {
  return useMutation({ mutationFn: (csv: string) => expectOk<FeeScheduleImportPreview>(postEntries(organizationId, feeScheduleId, csv, true)) });
}

/** Replaces the schedule's entries with the file's. */
export function useImportEntries(organizationId: string, feeScheduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => expectOk<FeeScheduleImportSummary>(postEntries(organizationId, feeScheduleId, csv, false)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['fee-schedules', organizationId, 'one', feeScheduleId] }),
  });
}

/** Every payer by name (the first 200), to name a schedule's payer and choose one for a new schedule. */
export function usePayerChoicesQuery(organizationId: string) {
  return useQuery({
    queryKey: ['payers', organizationId, 'list', 'choices'],
    queryFn: () => expectOk<Page<Payer>>(api.GET('/api/organizations/{organizationId}/payers', { params: { path: { organizationId }, query: { limit: 200, sort: 'name' } } })),
  });
}
