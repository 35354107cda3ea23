import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { Location, Page, Payer, Provider } from '../api/views';

/** The organization's locations, providers and payers (the front desk's pick lists; one page of up to 200 each). */
export function useLocations(organizationId: string) {
  return useQuery({
    queryKey: ['locations', organizationId],
    queryFn: () => expectOk<Page<Location>>(api.GET('/api/organizations/{organizationId}/locations', { params: { path: { organizationId }, query: { limit: 200 } } })),
  });
}

export function useProviders(organizationId: string) {
  return useQuery({
    queryKey: ['providers', organizationId],
    queryFn: () => expectOk<Page<Provider>>(api.GET('/api/organizations/{organizationId}/providers', { params: { path: { organizationId }, query: { limit: 200 } } })),
  });
}

export function usePayers(organizationId: string) {
  return useQuery({
    queryKey: ['payers', organizationId],
    queryFn: () => expectOk<Page<Payer>>(api.GET('/api/organizations/{organizationId}/payers', { params: { path: { organizationId }, query: { limit: 200 } } })),
  });
}

/** A provider's name as people say it: "Adaeze Okafor", or the group's name. */
export function providerName(provider: Provider): string {
  return provider.firstName ? `${provider.firstName} ${provider.name}` : provider.name;
}
