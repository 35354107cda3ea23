import { useQueries } from '@tanstack/react-query';
import { api } from '../api/client';
import { expectOk } from '../api/problem';
import type { CodeValidity } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';

/** The four CAS group codes of 5010, in plain words. */
export const GROUP_CODES = {
  CO: 'Contractual obligation (written off by contract)',
  PR: 'Patient responsibility',
  OA: 'Other adjustment',
  PI: 'Payer-initiated reduction',
} as const;

export type GroupCode = keyof typeof GROUP_CODES;

export function groupDescription(code: string): string {
  return (GROUP_CODES as Record<string, string>)[code] ?? code;
}

/** What posting did with a CAS amount, in plain words. */
export const DISPOSITIONS: Readonly<Record<string, string>> = {
  contractual: 'adjusted off (contract)',
  other: 'adjusted off',
  denial: 'held open as a denial',
  'next-coverage': 'moved to the next coverage',
  patient: 'moved to the patient',
  'prior-payer': 'recorded (earlier payer)',
};

/** Code → description of the CARCs (reason codes) given, for those the reference data has; unknown codes are left out. */
export function useReasonDescriptions(codes: readonly string[]): ReadonlyMap<string, string> {
  const { organizationId } = useCurrentOrganization();
  const unique = [...new Set(codes)].sort();
  const results = useQueries({
    queries: unique.map((code) => ({
      queryKey: ['reference-code', 'carc', code],
      staleTime: Infinity,
      retry: false,
      queryFn: () => expectOk<CodeValidity>(api.GET('/api/organizations/{organizationId}/reference-codes/{kind}/{code}', { params: { path: { organizationId, kind: 'carc', code } } })),
    })),
  });
  const descriptions = new Map<string, string>();
  unique.forEach((code, index) => {
    const description = results[index]?.data?.description;
    if (description) descriptions.set(code, description);
  });
  return descriptions;
}
