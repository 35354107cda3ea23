import { TextInput } from '@mantine/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ChargeEntryForm, type CodePickerProps, type PriceProps } from './charge-entry-form';

/** Stands in for the code search: the code is typed. */
function TypedCode({ value, onChange, error }: CodePickerProps) {
  return <TextInput label="Procedure" value={value ?? ''} onChange={(change) => onChange(change.currentTarget.value || null)} error={error} />;
}

function FixedPrice({ code, units }: PriceProps) {
  return <p>{`${code} × ${units} priced`}</p>;
}

function renderForm(diagnosisCodes: readonly string[] = ['E119', 'I10']) {
  const onSubmit = vi.fn().mockResolvedValue({});
  renderWithTheme(<ChargeEntryForm diagnosisCodes={diagnosisCodes} onSubmit={onSubmit} pending={false} CodePicker={TypedCode} Price={FixedPrice} />);
  return onSubmit;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const enter = () => fireEvent.click(screen.getByRole('button', { name: 'Enter charge' }));
/** The error Mantine shows under a field (linked by aria-describedby). */
const errorOf = (label: string) => {
  const ids = screen.getByLabelText(label).getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
};

describe('ChargeEntryForm', () => {
  it('refuses a pointer beyond the encounter diagnoses, naming how many there are', () => {
    const onSubmit = renderForm();
    type('Procedure', 'G0439');
    type('Diagnosis pointers', '1, 3');
    enter();
    expect(errorOf('Diagnosis pointers')).toContain('Each pointer is a diagnosis number from 1 to 2');
    expect(screen.getByRole('alert').textContent).toContain('Correct the fields marked');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses more than four modifiers and a modifier that is not two characters', () => {
    const onSubmit = renderForm();
    type('Procedure', 'G0439');
    type('Modifiers', '25 59 XS GT 76');
    enter();
    expect(errorOf('Modifiers')).toContain('At most four modifiers per line (5 given)');
    type('Modifiers', '25, 5');
    enter();
    expect(errorOf('Modifiers')).toContain('Each modifier is two letters or digits');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for diagnoses before a line can point at them', () => {
    const onSubmit = renderForm([]);
    type('Procedure', 'G0439');
    enter();
    expect(errorOf('Diagnosis pointers')).toContain('Enter the diagnoses first');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends a complete line normalized (upper case, numbers), with the price shown first', async () => {
    const onSubmit = renderForm();
    type('Procedure', 'g0439');
    type('Modifiers', '25,jz');
    type('Diagnosis pointers', '2 1');
    expect(screen.getByText('G0439 × 1 priced')).toBeTruthy();
    enter();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ procedureCode: 'G0439', modifiers: ['25', 'JZ'], units: 1, diagnosisPointers: [2, 1] }));
  });
});
