import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { CodeFound } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { icd10Display } from './charge-entry';

interface CodeSearchProps {
  readonly label: string;
  /** Code sets searched, comma-separated (`icd10cm`, `hcpcs,cpt`). */
  readonly kinds: string;
  /** Only codes valid on this date (the date of service). */
  readonly onDate: string;
  readonly value: string | null;
  readonly onChange: (code: string | null) => void;
  readonly error?: string;
  readonly description?: string;
}

const shown = (found: CodeFound) => (found.kind === 'icd10cm' ? icd10Display(found.code) : found.code);

/**
 * A code picker over the imported code sets: what is typed (a code's start or words of its description) is searched
 * on the server (`GET …/reference-codes`), code matches first; choosing one gives its code as stored.
 */
export function CodeSearch({ label, kinds, onDate, value, onChange, error, description }: CodeSearchProps) {
  const { organizationId } = useCurrentOrganization();
  const [search, setSearch] = useState('');
  // The option chosen last: the input then shows its label, which is not a new search.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const typed = debounced === chosen?.label ? '' : debounced;
  const results = useQuery({
    queryKey: ['reference-codes', kinds, onDate, typed],
    enabled: typed.length > 0,
    staleTime: 60_000,
    queryFn: () =>
      expectOk<{ items: CodeFound[] }>(
        api.GET('/api/organizations/{organizationId}/reference-codes', { params: { path: { organizationId }, query: { kinds, q: typed, onDate, limit: 20 } } }),
      ),
  });
  const data = (results.data?.items ?? []).map((found) => ({ value: found.code, label: `${shown(found)} — ${found.description}` }));
  if (value && !data.some((item) => item.value === value)) data.unshift(chosen?.value === value ? chosen : { value, label: value });
  return (
    <Select
      label={label}
      description={description}
      placeholder="Type a code or words of its description"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value}
      onChange={(code, option) => {
        setChosen(code && option ? { value: code, label: option.label } : null);
        onChange(code);
      }}
      nothingFoundMessage={typed.length === 0 ? 'Type to search' : results.isFetching ? 'Searching…' : 'No code found'}
      error={error ?? (results.error ? 'The search failed; try again' : undefined)}
    />
  );
}
