/**
 * Every event OpenRCM publishes, by name, with its payload. Names are past tense and namespaced; payloads carry ids
 * and the tenant, never PHI. Later releases add events here (a new event is a minor version; changing a payload is a
 * major one).
 * @public
 */
export interface OpenRcmEventMap {
  /** An encounter moved through its workflow (checked in, documented, coded, ready to bill, billed, cancelled …). */
  'encounter.transitioned': WorkflowTransitionedPayload;
  /** A work item (exception, upstream defect, denial, follow-up) moved through its workflow. */
  'work-item.transitioned': WorkflowTransitionedPayload;
  /** An organization (tenant) was created. */
  'organization.created': {
    /** The new organization's id. */
    readonly organizationId: string;
  };
  /** A plugin's settings for an organization were saved and the plugin re-registered with them. */
  'plugin.configured': {
    /** The organization whose settings changed. */
    readonly organizationId: string;
    /** The plugin's id. */
    readonly pluginId: string;
  };
  /** A patient was registered. */
  'patient.registered': {
    /** The patient's organization. */
    readonly organizationId: string;
    /** The new patient's id. */
    readonly patientId: string;
  };
  /** A job exhausted its retries and is listed as failed. */
  'job.failed': {
    /** The job's organization. */
    readonly organizationId: string;
    /** The failed job's id. */
    readonly jobId: string;
    /** The job's name, as defined. */
    readonly jobName: string;
  };
}

/**
 * What every `<workflow>.transitioned` event carries: the record's id and its move, never PHI.
 * @public
 */
export interface WorkflowTransitionedPayload {
  /** The record's organization. */
  readonly organizationId: string;
  /** The workflow's name, e.g. `encounter`. */
  readonly workflow: string;
  /** The id of the record that moved. */
  readonly entityId: string;
  /** The workflow event applied, e.g. `check-in`. */
  readonly event: string;
  /** The state it left. */
  readonly from: string;
  /** The state it entered. */
  readonly to: string;
}

/** The name of an OpenRCM event. @public */
export type OpenRcmEventName = keyof OpenRcmEventMap;

/** An event as delivered to subscribers, after the transaction that recorded it committed. @public */
export interface OpenRcmEvent<N extends OpenRcmEventName = OpenRcmEventName> {
  /** The outbox row id: unique, usable as an idempotency key by subscribers. */
  readonly id: string;
  /** The event's name, e.g. `organization.created`. */
  readonly name: N;
  /** The organization (tenant) the event belongs to. */
  readonly organizationId: string;
  /** The correlation id of the request or job that caused the event. */
  readonly correlationId: string;
  /** When the event was recorded (a UTC instant). */
  readonly occurredAt: Date;
  /** The event's payload: ids and the tenant, never PHI. */
  readonly payload: OpenRcmEventMap[N];
}

/** The names of every event, for validation and documentation. @public */
export const OPEN_RCM_EVENT_NAMES: readonly OpenRcmEventName[] = [
  'organization.created',
  'plugin.configured',
  'patient.registered',
  'job.failed',
  'encounter.transitioned',
  'work-item.transitioned',
];
