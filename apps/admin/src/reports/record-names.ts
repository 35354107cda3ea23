import { providerName, useLocations, usePayers, useProviders } from '../appointments/reference-queries';

/**
 * A function naming a parameter's value: a location's, provider's or payer's name for its id (`locationId`,
 * `providerId`, `payerId`), other values as they are.
 */
export function useParameterValue(organizationId: string): (name: string, value: unknown) => string {
  const locations = useLocations(organizationId).data?.items ?? [];
  const providers = useProviders(organizationId).data?.items ?? [];
  const payers = usePayers(organizationId).data?.items ?? [];
  return (name, value) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (name === 'locationId') return locations.find((location) => location.id === value)?.name ?? text;
    if (name === 'providerId') {
      const provider = providers.find((candidate) => candidate.id === value);
      return provider ? providerName(provider) : text;
    }
    if (name === 'payerId') return payers.find((payer) => payer.id === value)?.name ?? text;
    return text;
  };
}
