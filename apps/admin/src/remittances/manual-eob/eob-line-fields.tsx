import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { GROUP_CODES } from '../adjustment-codes';
import { adjustmentPath, linePath, newAdjustment, type FieldErrors, type GroupCodeValue, type LineDraft } from './eob-draft';

interface LineFieldsProps {
  readonly line: LineDraft;
  readonly claimIndex: number;
  readonly lineIndex: number;
  readonly errors: FieldErrors;
  readonly onChange: (change: (line: LineDraft) => void) => void;
  readonly onRemove: (() => void) | null;
}

const GROUPS = Object.entries(GROUP_CODES).map(([value, label]) => ({ value, label: `${value} — ${label}` }));

/** One service line of a paper EOB: procedure, date, charge, allowed, paid, and its adjustments (group, reason, amount). */
export function EobLineFields({ line, claimIndex, lineIndex, errors, onChange, onRemove }: LineFieldsProps) {
  const path = linePath(claimIndex, lineIndex);
  const name = `claim ${claimIndex + 1}, line ${lineIndex + 1}`;
  const text = (field: 'procedureCode' | 'modifiers' | 'remarks' | 'serviceDate' | 'charge' | 'allowed' | 'paid') => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    onChange((draft) => {
      draft[field] = value;
    });
  };
  return (
    <Fieldset legend={`Line ${lineIndex + 1}`} aria-label={`Service line ${lineIndex + 1} of claim ${claimIndex + 1}`}>
      <Stack gap="xs">
        <Group align="start" grow>
          <TextInput label="Procedure" aria-label={`Procedure, ${name}`} value={line.procedureCode} onChange={text('procedureCode')} error={errors[`${path}.procedureCode`]} required />
          <TextInput label="Modifiers" aria-label={`Modifiers, ${name}`} value={line.modifiers} onChange={text('modifiers')} error={errors[`${path}.modifiers`]} />
          <TextInput label="Service date" aria-label={`Service date, ${name}`} type="date" value={line.serviceDate} onChange={text('serviceDate')} error={errors[`${path}.serviceDate`]} />
        </Group>
        <Group align="start" grow>
          <TextInput label="Charge ($)" aria-label={`Charge, ${name}`} value={line.charge} onChange={text('charge')} error={errors[`${path}.chargeCents`]} inputMode="decimal" required />
          <TextInput label="Allowed ($)" aria-label={`Allowed, ${name}`} value={line.allowed} onChange={text('allowed')} error={errors[`${path}.allowedCents`]} inputMode="decimal" />
          <TextInput label="Paid ($)" aria-label={`Paid, ${name}`} value={line.paid} onChange={text('paid')} error={errors[`${path}.paymentCents`]} inputMode="decimal" required />
          <TextInput label="Remarks (RARC)" aria-label={`Remarks, ${name}`} value={line.remarks} onChange={text('remarks')} error={errors[`${path}.remarkCodes`]} />
        </Group>
        {line.adjustments.map((adjustment, adjustmentIndex) => {
          const at = adjustmentPath(claimIndex, lineIndex, adjustmentIndex);
          const which = `adjustment ${adjustmentIndex + 1}, ${name}`;
          const change = (apply: (target: LineDraft['adjustments'][number]) => void) =>
            onChange((draft) => {
              const target = draft.adjustments[adjustmentIndex];
              if (target) apply(target);
            });
          return (
            <Group key={adjustment.key} align="start" grow>
              <NativeSelect label="Group" aria-label={`Group, ${which}`} data={GROUPS} value={adjustment.groupCode} onChange={(event) => { const value = event.currentTarget.value as GroupCodeValue; change((target) => { target.groupCode = value; }); }} error={errors[`${at}.groupCode`]} />
              <TextInput label="Reason (CARC)" aria-label={`Reason, ${which}`} value={adjustment.reasonCode} onChange={(event) => { const value = event.currentTarget.value; change((target) => { target.reasonCode = value; }); }} error={errors[`${at}.reasonCode`]} required />
              <TextInput label="Amount ($)" aria-label={`Amount, ${which}`} value={adjustment.amount} onChange={(event) => { const value = event.currentTarget.value; change((target) => { target.amount = value; }); }} error={errors[`${at}.amountCents`]} inputMode="decimal" required />
              <ActionIcon variant="subtle" color="red" mt={28} aria-label={`Remove ${which}`} onClick={() => onChange((draft) => { draft.adjustments.splice(adjustmentIndex, 1); })}>
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange((draft) => { draft.adjustments.push(newAdjustment()); })} aria-label={`Add an adjustment, ${name}`}>
            Add an adjustment
          </Button>
          {onRemove && (
            <Button variant="subtle" color="red" size="xs" onClick={onRemove} aria-label={`Remove ${name}`}>
              Remove the line
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
