import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { QueuePicker } from './queue-picker';
import { queueOf } from './work-queues';

describe('QueuePicker', () => {
  it('offers every queue the server fills, the chosen one checked', () => {
    renderWithTheme(<QueuePicker value="rejected-claims" onChange={vi.fn()} />);
    const group = screen.getByRole('radiogroup', { name: 'Queue' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['all', 'rejected-claims', 'denials', 'ar-follow-up', 'exceptions', 'upstream-defects']);
    expect(within(group).getByRole('radio', { name: /Rejected claims/ })).toHaveProperty('checked', true);
    expect(within(group).getByRole('radio', { name: /Denials/ })).toHaveProperty('checked', false);
  });

  it('answers the queue picked', () => {
    const onChange = vi.fn();
    renderWithTheme(<QueuePicker value="all" onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: /A\/R follow-up/ }));
    expect(onChange).toHaveBeenCalledWith('ar-follow-up');
  });
});

describe('queueOf', () => {
  it('maps a queue to the kind and category the server files its items under, and an unknown one to all items', () => {
    expect(queueOf('rejected-claims')).toMatchObject({ kind: 'follow-up', category: 'claim-rejection' });
    expect(queueOf('ar-follow-up')).toMatchObject({ kind: 'follow-up', category: 'claim-no-answer' });
    expect(queueOf('denials')).toMatchObject({ kind: 'denial', byCategory: true });
    expect(queueOf('upstream-defects')).toMatchObject({ kind: 'upstream-defect' });
    expect(queueOf('nonsense').id).toBe('all');
    expect(queueOf(null).id).toBe('all');
  });
});
