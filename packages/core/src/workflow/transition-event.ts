import { OPEN_RCM_EVENT_NAMES, type OpenRcmEventName, type RequestContext, type WorkflowTransitionedPayload } from '@openrcm/sdk';
import type { OutboxService } from '../outbox/outbox.service';

/** What `<workflow>.transitioned` carries: ids and states, never PHI (the SDK's payload type). */
export type TransitionedPayload = WorkflowTransitionedPayload;

/**
 * Records `name` (`<workflow>.transitioned`) in the outbox of the current transaction when the SDK's event map
 * declares it, and returns whether it did. The event map is closed (a new event is an SDK minor version), so a
 * workflow whose event the running SDK does not declare yet transitions without an event rather than publishing a
 * name subscribers cannot type.
 */
export function recordTransitionEvent(
  outbox: Pick<OutboxService, 'record'>,
  context: RequestContext,
  name: string,
  payload: TransitionedPayload,
  declared: readonly string[] = OPEN_RCM_EVENT_NAMES,
): boolean {
  if (!declared.includes(name)) return false;
  // The name is declared, and every `<workflow>.transitioned` entry of the map has this payload shape.
  outbox.record(context, name as OpenRcmEventName, payload as never);
  return true;
}
