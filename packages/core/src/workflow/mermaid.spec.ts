import { toMermaid } from './mermaid';
import { defineWorkflow } from './workflow-table';

const visit = defineWorkflow({
  name: 'sample-visit',
  description: 'A visit, from booking to close.',
  initial: 'booked',
  states: ['booked', 'checked-in', 'closed', 'cancelled'],
  events: ['check-in', 'close', 'cancel'],
  transitions: [
    { from: 'booked', event: 'check-in', to: 'checked-in', guards: ['insurance-checked'] },
    { from: 'checked-in', event: 'close', to: 'closed', guards: ['notes-signed', 'codes-present'] },
    { from: ['booked', 'checked-in'], event: 'cancel', to: 'cancelled' },
  ],
  terminal: ['closed', 'cancelled'],
});

describe('toMermaid', () => {
  it('draws the table as a stateDiagram-v2 with the guards on the edges', () => {
    expect(toMermaid(visit)).toBe(
      [
        'stateDiagram-v2',
        '  %% sample-visit: A visit, from booking to close.',
        '  state "booked" as booked',
        '  state "checked-in" as checked_in',
        '  state "closed" as closed',
        '  state "cancelled" as cancelled',
        '  [*] --> booked',
        '  booked --> checked_in: check-in [insurance-checked]',
        '  checked_in --> closed: close [notes-signed, codes-present]',
        '  booked --> cancelled: cancel',
        '  checked_in --> cancelled: cancel',
        '  closed --> [*]',
        '  cancelled --> [*]',
        '',
      ].join('\n'),
    );
  });

  it('gives the same text every time and follows the table order', () => {
    expect(toMermaid(visit)).toBe(toMermaid({ ...visit }));
    const reordered = toMermaid({ ...visit, transitions: [...visit.transitions].reverse() });
    expect(reordered).not.toBe(toMermaid(visit));
    expect(reordered.indexOf('cancel\n')).toBeLessThan(reordered.indexOf('check-in ['));
  });

  it('omits the comment without a description', () => {
    expect(toMermaid({ ...visit, description: undefined }).split('\n')[1]).toBe('  state "booked" as booked');
  });
});
