import { Button, Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { CommittedInput } from './committed-input';
import { FilterSelects } from './report-filter-selects';
import { filtersFrom } from './report-parameters';

interface ReportFilterBarProps {
  readonly organizationId: string;
  readonly params: URLSearchParams;
  readonly today: Date;
  /** Changes to the URL's query (an empty or undefined value removes the key). */
  readonly onChange: (changes: Readonly<Record<string, string | undefined>>) => void;
  readonly onReset: () => void;
  /** Inputs for a report's own parameters, after the standard ones. */
  readonly children?: ReactNode;
}

/** The reports' filters, kept in the URL: the period (the last 12 months by default), location, provider, payer, aging basis, asOf. */
export function ReportFilterBar({ organizationId, params, today, onChange, onReset, children }: ReportFilterBarProps) {
  const filters = filtersFrom(params, today);
  return (
    <Group align="end" component="form" aria-label="Report filters" onSubmit={(event) => event.preventDefault()}>
      <TextInput label="From" type="date" value={filters.from} onChange={(event) => onChange({ from: event.currentTarget.value })} />
      <TextInput label="To" type="date" value={filters.to} onChange={(event) => onChange({ to: event.currentTarget.value })} />
      <FilterSelects organizationId={organizationId} value={filters} onChange={(change) => onChange(change)} />
      <CommittedInput label="As of" description="A date (its end) or an ISO instant" placeholder="now" value={filters.asOf ?? ''} onCommit={(asOf) => onChange({ asOf })} />
      {children}
      <Button variant="default" onClick={onReset}>
        Reset filters
      </Button>
    </Group>
  );
}
