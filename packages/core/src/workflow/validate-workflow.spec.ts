import { WorkflowDefinitionError } from './workflow.errors';
import { assertValidWorkflows, validateWorkflow } from './validate-workflow';
import type { WorkflowTable } from './workflow-table';

const valid: WorkflowTable = {
  name: 'sample-visit',
  initial: 'booked',
  states: ['booked', 'arrived', 'closed', 'cancelled'],
  events: ['arrive', 'close', 'cancel'],
  transitions: [
    { from: 'booked', event: 'arrive', to: 'arrived', guards: ['insurance-checked'] },
    { from: 'arrived', event: 'close', to: 'closed' },
    { from: ['booked', 'arrived'], event: 'cancel', to: 'cancelled' },
  ],
  terminal: ['closed', 'cancelled'],
};
const GUARDS = ['insurance-checked', 'notes-signed'];

describe('validateWorkflow', () => {
  it('accepts a valid table', () => {
    expect(validateWorkflow(valid, GUARDS)).toEqual([]);
  });

  const broken: [string, Partial<WorkflowTable>, string[]][] = [
    [
      'an unknown state in a transition',
      { transitions: [...valid.transitions, { from: 'arrived', event: 'arrive', to: 'coded' }] },
      ["workflow 'sample-visit', transition #4 (arrived --arrive--> coded): unknown state 'coded'"],
    ],
    [
      'an unknown source state and an unknown event',
      { transitions: [...valid.transitions, { from: 'lost', event: 'find', to: 'booked' }] },
      ["workflow 'sample-visit', transition #4 (lost --find--> booked): unknown state 'lost'", "workflow 'sample-visit', transition #4 (lost --find--> booked): unknown event 'find'"],
    ],
    [
      'an unregistered guard',
      { transitions: [valid.transitions[0]!, { from: 'arrived', event: 'close', to: 'closed', guards: ['notes-signed', 'eligibility-verified'] }, valid.transitions[2]!] },
      ["workflow 'sample-visit', transition #2 (arrived --close--> closed): guard 'eligibility-verified' is not registered (registered guards: insurance-checked, notes-signed)"],
    ],
    [
      'a guard listed twice',
      { transitions: [{ ...valid.transitions[0]!, guards: ['insurance-checked', 'insurance-checked'] }, ...valid.transitions.slice(1)] },
      ["workflow 'sample-visit', transition #1 (booked --arrive--> arrived): guard 'insurance-checked' is listed more than once"],
    ],
    [
      'a duplicate (from, event) pair',
      { transitions: [...valid.transitions, { from: 'arrived', event: 'cancel', to: 'closed' }] },
      ["workflow 'sample-visit': transition #4 (arrived --cancel--> closed): event 'cancel' from state 'arrived' is already taken by transition #3"],
    ],
    [
      'a terminal state with an outgoing transition',
      { events: [...valid.events, 'reopen'], transitions: [...valid.transitions, { from: 'closed', event: 'reopen', to: 'arrived' }] },
      ["workflow 'sample-visit': transition #4 (closed --reopen--> arrived): terminal state 'closed' has an outgoing transition"],
    ],
    [
      'an unreachable state',
      { states: [...valid.states, 'archived'], terminal: [...valid.terminal, 'archived'] },
      ["workflow 'sample-visit': state 'archived' is unreachable from the initial state 'booked'"],
    ],
    [
      'a dead end that is not terminal',
      { terminal: ['cancelled'] },
      ["workflow 'sample-visit': state 'closed' has no outgoing transition and is not terminal"],
    ],
    ['an unknown initial state', { initial: 'new' }, ["workflow 'sample-visit': the initial state 'new' is not one of its states"]],
    [
      'an unknown terminal state',
      { terminal: [...valid.terminal, 'void'] },
      ["workflow 'sample-visit': the terminal state 'void' is not one of its states"],
    ],
    [
      'names that are not kebab-case or declared twice',
      { name: 'Sample', states: [...valid.states, 'booked'], events: [...valid.events, 'Close_Now'] },
      [
        "workflow 'Sample': the name 'Sample' is not kebab-case",
        "workflow 'Sample': state 'booked' is declared more than once",
        "workflow 'Sample': event 'Close_Now' is not kebab-case",
      ],
    ],
    [
      'a transition from no state',
      { transitions: [...valid.transitions, { from: [], event: 'close', to: 'closed' }] },
      ["workflow 'sample-visit', transition #4 ( --close--> closed): it leaves from no state"],
    ],
  ];

  it.each(broken)('names %s', (_, change, problems) => {
    expect(validateWorkflow({ ...valid, ...change }, GUARDS)).toEqual(problems);
  });

  it('lists every problem of a table at once', () => {
    const table: WorkflowTable = {
      ...valid,
      states: [...valid.states, 'archived'],
      transitions: [...valid.transitions, { from: 'closed', event: 'close', to: 'coded', guards: ['magic'] }],
      terminal: [...valid.terminal, 'archived'],
    };
    expect(validateWorkflow(table, [])).toEqual([
      "workflow 'sample-visit', transition #1 (booked --arrive--> arrived): guard 'insurance-checked' is not registered (registered guards: none)",
      "workflow 'sample-visit', transition #4 (closed --close--> coded): unknown state 'coded'",
      "workflow 'sample-visit', transition #4 (closed --close--> coded): guard 'magic' is not registered (registered guards: none)",
      "workflow 'sample-visit': transition #4 (closed --close--> coded): terminal state 'closed' has an outgoing transition",
      "workflow 'sample-visit': state 'archived' is unreachable from the initial state 'booked'",
    ]);
  });
});

describe('assertValidWorkflows', () => {
  it('passes valid tables', () => {
    expect(() => assertValidWorkflows([valid], GUARDS)).not.toThrow();
  });

  it('throws one error with every problem of every table, and names a table registered twice', () => {
    const other: WorkflowTable = { ...valid, name: 'other', initial: 'nowhere' };
    let thrown: unknown;
    try {
      assertValidWorkflows([valid, valid, other], ['notes-signed']);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkflowDefinitionError);
    const error = thrown as WorkflowDefinitionError;
    expect(error.problems[0]).toBe("workflow 'sample-visit' is registered more than once");
    expect(error.problems).toContain("workflow 'other': the initial state 'nowhere' is not one of its states");
    expect(error.problems.filter((problem) => problem.includes("guard 'insurance-checked' is not registered"))).toHaveLength(3);
    expect(error.message).toMatch(/^invalid workflow definitions \(\d+ problems\):\n {2}- workflow 'sample-visit' is registered more than once\n/);
  });
});
