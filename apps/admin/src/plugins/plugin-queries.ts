import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { PluginListing } from '../api/views';

const pluginsKey = (organizationId: string) => ['plugins', organizationId];

/** The installed plugins for the organization (administrators and managers may read them). */
export function usePluginsQuery(organizationId: string, enabled = true) {
  return useQuery({
    queryKey: pluginsKey(organizationId),
    queryFn: () => expectOk<PluginListing[]>(api.GET('/api/organizations/{organizationId}/plugins', { params: { path: { organizationId } } })),
    enabled,
  });
}

export function useSetPluginEnabled(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pluginId, enabled }: { pluginId: string; enabled: boolean }) =>
      expectOk(api.PUT('/api/organizations/{organizationId}/plugins/{pluginId}/enabled', { params: { path: { organizationId, pluginId } }, body: { enabled } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pluginsKey(organizationId) }),
  });
}

export function useSavePluginSettings(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pluginId, settings }: { pluginId: string; settings: unknown }) =>
      expectOk(
        api.PUT('/api/organizations/{organizationId}/plugins/{pluginId}/settings', {
          params: { path: { organizationId, pluginId } },
          body: settings as Record<string, never>,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pluginsKey(organizationId) }),
  });
}
