/**
 * Every event OpenRCM publishes, by name, with its payload. Names are past tense and namespaced; payloads carry ids
 * and the tenant, never PHI. Later releases add events here (a new event is a minor version; changing a payload is a
 * major one).
 * @public
 */
export interface OpenRcmEventMap {
  /** An organization (tenant) was created. */
  'organization.created': { readonly organizationId: string };
  /** A plugin's settings for an organization were saved and the plugin re-registered with them. */
  'plugin.configured': { readonly organizationId: string; readonly pluginId: string };
  /** A patient was registered. */
  'patient.registered': { readonly organizationId: string; readonly patientId: string };
  /** A job exhausted its retries and is listed as failed. */
  'job.failed': { readonly organizationId: string; readonly jobId: string; readonly jobName: string };
}

/** The name of an OpenRCM event. @public */
export type OpenRcmEventName = keyof OpenRcmEventMap;

/** An event as delivered to subscribers, after the transaction that recorded it committed. @public */
export interface OpenRcmEvent<N extends OpenRcmEventName = OpenRcmEventName> {
  /** The outbox row id: unique, usable as an idempotency key by subscribers. */
  readonly id: string;
  readonly name: N;
  readonly organizationId: string;
  readonly correlationId: string;
  readonly occurredAt: Date;
  readonly payload: OpenRcmEventMap[N];
}

/** The names of every event, for validation and documentation. @public */
export const OPEN_RCM_EVENT_NAMES: readonly OpenRcmEventName[] = ['organization.created', 'plugin.configured', 'patient.registered', 'job.failed'];
