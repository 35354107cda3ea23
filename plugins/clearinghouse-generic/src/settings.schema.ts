import { z } from 'zod';
import { realTimeSettings } from './realtime-settings.schema';
import { transportSettings } from './transport-settings.schema';

const REALTIME_FIELDS = ['endpointUrl', 'senderId', 'receiverId', 'auth', 'timeoutMs', 'checksum'] as const;

/**
 * Settings written before the batch transports (the real-time fields at the top level) are read as the `realTime`
 * section, so existing configurations keep working.
 */
export function liftLegacyRealTime(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  if (record['realTime'] !== undefined || record['endpointUrl'] === undefined) return raw;
  const realTime = Object.fromEntries(REALTIME_FIELDS.filter((field) => field in record).map((field) => [field, record[field]]));
  const rest = Object.fromEntries(Object.entries(record).filter(([field]) => !(REALTIME_FIELDS as readonly string[]).includes(field)));
  return { ...rest, realTime };
}

/** The settings of the generic clearinghouse connector, per organization: a real-time section, a batch transport, or both. */
export const clearinghouseGenericSettings = z.preprocess(
  liftLegacyRealTime,
  z.object({
    realTime: realTimeSettings.optional().describe('Real-time 270/271 and 276/277 over the CAQH CORE envelope'),
    transport: transportSettings.optional(),
  }).refine((settings) => settings.realTime !== undefined || settings.transport !== undefined, {
    message: 'configure realTime, transport, or both',
  }),
);

/** The validated settings (defaults applied). */
export type ClearinghouseGenericSettings = z.output<typeof clearinghouseGenericSettings>;
