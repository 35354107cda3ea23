import { NativeSelect } from '@mantine/core';
import type { ReportAgingBasis } from '../api/views';
import { providerName, useLocations, usePayers, useProviders } from '../appointments/reference-queries';

/** The filters a report run and a report email share: location, rendering provider, payer, aging basis. */
export type RecordFilters = {
  readonly locationId?: string | undefined;
  readonly providerId?: string | undefined;
  readonly payerId?: string | undefined;
  readonly agingBasis?: ReportAgingBasis | undefined;
};

export const AGING_BASIS_CHOICES: readonly { value: ReportAgingBasis; label: string }[] = [
  { value: 'service-date', label: 'Date of service' },
  { value: 'bill-date', label: 'First bill date' },
];

interface FilterSelectsProps {
  readonly organizationId: string;
  readonly value: RecordFilters;
  readonly onChange: (change: RecordFilters) => void;
}

/** Location, provider and payer picked from the organization's lists (any by default), and where A/R ages count from (the date of service unless said). */
export function FilterSelects({ organizationId, value, onChange }: FilterSelectsProps) {
  const locations = useLocations(organizationId);
  const providers = useProviders(organizationId);
  const payers = usePayers(organizationId);
  const any = { value: '', label: 'any' };
  return (
    <>
      <NativeSelect
        label="Location"
        value={value.locationId ?? ''}
        onChange={(event) => onChange({ locationId: event.currentTarget.value || undefined })}
        data={[any, ...(locations.data?.items ?? []).map((location) => ({ value: location.id, label: location.name }))]}
      />
      <NativeSelect
        label="Provider"
        value={value.providerId ?? ''}
        onChange={(event) => onChange({ providerId: event.currentTarget.value || undefined })}
        data={[any, ...(providers.data?.items ?? []).map((provider) => ({ value: provider.id, label: providerName(provider) }))]}
      />
      <NativeSelect
        label="Payer"
        value={value.payerId ?? ''}
        onChange={(event) => onChange({ payerId: event.currentTarget.value || undefined })}
        data={[any, ...(payers.data?.items ?? []).map((payer) => ({ value: payer.id, label: `${payer.name} (${payer.payerId})` }))]}
      />
      <NativeSelect
        label="Age A/R from"
        value={value.agingBasis ?? 'service-date'}
        onChange={(event) => onChange({ agingBasis: event.currentTarget.value as ReportAgingBasis })}
        data={[...AGING_BASIS_CHOICES]}
      />
    </>
  );
}
