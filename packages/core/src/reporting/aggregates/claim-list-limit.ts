import { ValidationError } from '@openrcm/sdk';

/** Rows a drill-down (`claim-list`) returns unless asked for another number. */
export const CLAIM_LIST_DEFAULT_LIMIT = 1000;
/** The most rows a drill-down returns. */
export const CLAIM_LIST_MAX_LIMIT = 10_000;

/** The number of rows a drill-down asked for: the default when absent; a ValidationError on `limit` when out of range. */
export function claimListLimit(limit: number | undefined): number {
  if (limit === undefined) return CLAIM_LIST_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > CLAIM_LIST_MAX_LIMIT) {
    throw new ValidationError([{ field: 'limit', message: `a whole number from 1 to ${CLAIM_LIST_MAX_LIMIT}, got ${limit}` }]);
  }
  return limit;
}
