import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { components } from '../api/schema';
import type { GateChange, GateSettings, GateView, Page } from '../api/views';

export type GatePolicyChange = components['schemas']['SetGatePolicyDto'];

export function useGatesQuery(organizationId: string) {
  return useQuery({
    queryKey: ['gates', organizationId],
    queryFn: () => expectOk<GateView[]>(api.GET('/api/organizations/{organizationId}/gates', { params: { path: { organizationId } } })),
  });
}

export function useGateSettingsQuery(organizationId: string) {
  return useQuery({
    queryKey: ['gate-settings', organizationId],
    queryFn: () => expectOk<GateSettings>(api.GET('/api/organizations/{organizationId}/gate-settings', { params: { path: { organizationId } } })),
  });
}

const historyKey = (organizationId: string) => ['gate-history', organizationId];

/** The newest `limit` changes of the gate change log. */
export function useGateHistoryQuery(organizationId: string, limit: number) {
  return useQuery({
    queryKey: [...historyKey(organizationId), limit],
    queryFn: () => expectOk<Page<GateChange>>(api.GET('/api/organizations/{organizationId}/gates/history', { params: { path: { organizationId }, query: { limit } } })),
    placeholderData: (previous) => previous,
  });
}

export function useSetGatePolicy(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ check, change }: { check: string; change: GatePolicyChange }) =>
      expectOk<GateView>(api.PUT('/api/organizations/{organizationId}/gates/{check}', { params: { path: { organizationId, check } }, body: change })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gates', organizationId] });
      await queryClient.invalidateQueries({ queryKey: historyKey(organizationId) });
    },
  });
}

export function useSetGateSettings(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: GateSettings) =>
      expectOk<GateSettings>(api.PUT('/api/organizations/{organizationId}/gate-settings', { params: { path: { organizationId } }, body: settings })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['gate-settings', organizationId], saved);
      await queryClient.invalidateQueries({ queryKey: historyKey(organizationId) });
    },
  });
}
