import type { ClaimState } from '../api/views';

export const CLAIM_STATES: readonly ClaimState[] = [
  'draft',
  'scrubbed',
  'ready',
  'submitted',
  'acknowledged',
  'accepted',
  'rejected',
  'adjudicated',
  'paid',
  'partially-paid',
  'denied',
  'appealed',
  'corrected',
  'replaced',
  'voided',
  'closed',
];

export const CLAIM_SORTS = [
  { value: '-dateOfService', label: 'Date of service, newest first' },
  { value: 'dateOfService', label: 'Date of service, oldest first' },
  { value: '-createdAt', label: 'Built, newest first' },
  { value: '-totalChargeCents', label: 'Charge, largest first' },
  { value: 'totalChargeCents', label: 'Charge, smallest first' },
  { value: 'state', label: 'State' },
  { value: 'patientControlNumber', label: 'Claim number' },
] as const;

/** The claim list's filters, as the URL carries them (`/admin/claims?state=rejected&payerRecordId=…`), so other screens can link to a filtered list. */
export interface ClaimFilters {
  readonly state?: ClaimState;
  readonly payerRecordId?: string;
  readonly patientId?: string;
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly sort?: string;
}

const FILTER_KEYS = ['payerRecordId', 'patientId', 'dateFrom', 'dateTo', 'sort'] as const;

/** Reads the filters from the URL's query; an unknown state is ignored. */
export function filtersFrom(params: URLSearchParams): ClaimFilters {
  const state = params.get('state');
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { ...filters, ...(state && (CLAIM_STATES as readonly string[]).includes(state) ? { state: state as ClaimState } : {}) };
}

/** The URL query of `filters` (empty values left out). */
export function searchOf(filters: ClaimFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  return params;
}
