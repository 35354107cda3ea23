import { decide } from '../workflow/decide';
import { validateWorkflow } from '../workflow/validate-workflow';
import { WORK_ITEM_ACTIVE_STATES, WORK_ITEM_EVENT_RULES, workItemWorkflow, type WorkItemEvent, type WorkItemState } from './work-item.workflow';

/** Every state × event: the target state, or undefined when the event is refused. */
const expected: Record<WorkItemState, Partial<Record<WorkItemEvent, WorkItemState>>> = {
  open: { assign: 'assigned', answer: 'resolved' },
  assigned: { assign: 'assigned', start: 'in-progress', answer: 'resolved' },
  'in-progress': { assign: 'assigned', 'wait-on-payer': 'waiting-on-payer', resolve: 'resolved', answer: 'resolved' },
  'waiting-on-payer': { assign: 'assigned', resume: 'in-progress', resolve: 'resolved', answer: 'resolved' },
  resolved: { reopen: 'assigned', close: 'closed' },
  closed: {},
};

const cases = workItemWorkflow.states.flatMap((state) => workItemWorkflow.events.map((event) => [state, event, expected[state][event]] as const));

describe('the work-item workflow', () => {
  it('is a valid table', () => {
    expect(validateWorkflow(workItemWorkflow, [])).toEqual([]);
  });

  it.each(cases)('in %s, %s → %s', (state, event, to) => {
    const decision = decide(workItemWorkflow, { workflow: 'work-item', entityId: 'w-1', state, data: {} }, event, { verdicts: [] });
    if (to) {
      expect(decision).toMatchObject({ ok: true, from: state, to, terminal: to === 'closed', exceptions: [] });
    } else {
      expect(decision.ok).toBe(false);
      if (!decision.ok) expect(decision.failures).toEqual([{ check: 'transition', reason: expect.stringContaining(`event '${event}' is not allowed in state '${state}'`) }]);
    }
  });

  it('counts every state but resolved and closed as active', () => {
    expect(workItemWorkflow.states.filter((state) => !WORK_ITEM_ACTIVE_STATES.includes(state))).toEqual(['resolved', 'closed']);
  });

  it('has a rule for every event: assign names the assignee, resolve, answer and reopen need a note', () => {
    expect(Object.keys(WORK_ITEM_EVENT_RULES).sort()).toEqual([...workItemWorkflow.events].sort());
    expect(workItemWorkflow.events.filter((event) => WORK_ITEM_EVENT_RULES[event].assignee === 'required')).toEqual(['assign']);
    expect(workItemWorkflow.events.filter((event) => WORK_ITEM_EVENT_RULES[event].note === 'required')).toEqual(['resolve', 'answer', 'reopen']);
  });
});
