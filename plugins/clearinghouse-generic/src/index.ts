export { plugin } from './clearinghouse-generic.plugin';
export { CONNECTOR_ID, createGenericConnector } from './clearinghouse-generic.connector';
export { CoreRealtimeClient } from './core-realtime.client';
export type { CoreRealtimeClientServices, RealtimeKind } from './core-realtime.client';
export { CORE_RULE_VERSION, PAYLOAD_TYPES, PAYLOAD_TYPE_999 } from './core-envelope';
export { clearinghouseGenericSettings } from './settings.schema';
export type { ClearinghouseGenericSettings } from './settings.schema';
