/**
 * The mock scenarios of the fake, chosen per request with the `X-Api-Mock-Scenario-ID` header the way Availity's
 * demo plan selects canned answers. Availity publishes no catalogue of its scenario ids, so these ids are the fake's
 * own. Without the header the answer is derived from the roster (found and covered → complete and active; found but
 * not covered → complete and inactive; not found → complete with the payer's reject reason).
 */
export const AVAILITY_SCENARIOS = [
  'complete',
  'in-progress',
  'retrying',
  'payer-error',
  'request-error',
  'communication-error-7',
  'communication-error-13',
  'communication-error-14',
  'communication-error-15',
  'rate-limited',
  'slow',
  'token-expiry',
  'member-not-found',
  'inactive',
] as const;

/** One scenario id of {@link AVAILITY_SCENARIOS}. */
export type AvailityScenario = (typeof AVAILITY_SCENARIOS)[number];

/** The scenario named by a header value, `undefined` for none; an unknown id is an error the fake answers with 400. */
export function parseScenario(header: string | undefined): AvailityScenario | undefined | 'unknown' {
  if (header === undefined || header.trim() === '') return undefined;
  const id = header.trim().toLowerCase();
  return (AVAILITY_SCENARIOS as readonly string[]).includes(id) ? (id as AvailityScenario) : 'unknown';
}
