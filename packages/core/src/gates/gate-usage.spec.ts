import { defineWorkflow } from '../workflow/workflow-table';
import { gateUsage } from './gate-usage';

describe('gateUsage', () => {
  it('lists, per check, every transition of every table that requires it', () => {
    const visit = defineWorkflow({
      name: 'visit',
      initial: 'a',
      states: ['a', 'b', 'c'],
      events: ['go', 'finish'],
      transitions: [
        { from: 'a', event: 'go', to: 'b', guards: ['x', 'y'] },
        { from: ['a', 'b'], event: 'finish', to: 'c', guards: ['y'] },
      ],
      terminal: ['c'],
    });
    const usage = gateUsage([visit]);
    expect(usage.get('x')).toEqual([{ workflow: 'visit', event: 'go', transition: 'a --go--> b' }]);
    expect(usage.get('y')).toEqual([
      { workflow: 'visit', event: 'go', transition: 'a --go--> b' },
      { workflow: 'visit', event: 'finish', transition: 'a|b --finish--> c' },
    ]);
    expect(usage.get('z')).toBeUndefined();
  });
});
