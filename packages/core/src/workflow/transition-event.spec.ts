import type { RequestContext } from '@openrcm/sdk';
import { recordTransitionEvent, type TransitionedPayload } from './transition-event';

const context: RequestContext = { organizationId: 'org-1', actor: { type: 'system', id: 'test' }, roles: [], correlationId: 'c-1' };
const payload: TransitionedPayload = { organizationId: 'org-1', workflow: 'encounter', entityId: 'e-1', event: 'check-in', from: 'scheduled', to: 'checked-in' };

describe('recordTransitionEvent', () => {
  it('records an event the SDK declares (encounter.transitioned since SDK 1.2)', () => {
    const record = jest.fn();
    expect(recordTransitionEvent({ record }, context, 'encounter.transitioned', payload)).toBe(true);
    expect(record).toHaveBeenCalledWith(context, 'encounter.transitioned', payload);
  });

  it('skips an event the SDK does not declare (a workflow added by a test or an embedder)', () => {
    const record = jest.fn();
    expect(recordTransitionEvent({ record }, context, 'sample-visit.transitioned', { ...payload, workflow: 'sample-visit' })).toBe(false);
    expect(recordTransitionEvent({ record }, context, 'encounter.transitioned', payload, ['patient.registered'])).toBe(false);
    expect(record).not.toHaveBeenCalled();
  });
});
