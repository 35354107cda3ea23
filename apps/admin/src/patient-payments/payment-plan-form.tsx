import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { fieldMessage, formMessage } from '../api/problem';
import type { PaymentPlanCadence, PaymentPlanChange, PaymentPlanInput } from '../api/views';
import { CADENCE_LABELS, inDollars } from './payment-words';
import { changeBodyOf, createBodyOf, PLAN_FIELDS, type PlanDraft, type PlanField } from './plan-draft';

const CADENCES: readonly PaymentPlanCadence[] = ['weekly', 'biweekly', 'monthly'];

interface CommonProps {
  readonly initial: PlanDraft;
  /** The form's accessible name ("Make a payment plan", "Change plan 2"). */
  readonly label: string;
  readonly submitLabel: string;
  readonly onCancel: () => void;
  readonly busy: boolean;
  /** The server's refusal of the last submission (a 400 names its fields). */
  readonly error: unknown;
}

/**
 * A plan's terms. To make one: the installment in dollars, the cadence, the first due date, the grace days and
 * autopay. To change an active one: the installment, the grace days and autopay. The payment-method token field is
 * there only while autopay is on; when changing, an empty token keeps the one on file.
 */
export type PaymentPlanFormProps = CommonProps &
  ({ readonly mode: 'create'; readonly onSubmit: (body: PaymentPlanInput) => void } | { readonly mode: 'change'; readonly hasPaymentMethod: boolean; readonly onSubmit: (body: PaymentPlanChange) => void });

export function PaymentPlanForm(props: PaymentPlanFormProps) {
  const { initial, label, submitLabel, onCancel, busy, error } = props;
  const [draft, setDraft] = useState<PlanDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<PlanField, string>>>({});
  const change = (next: Partial<PlanDraft>) => setDraft((current) => ({ ...current, ...next }));
  const message = (field: PlanField) => {
    const server = fieldMessage(error, field);
    return errors[field] ?? (server && inDollars(server));
  };

  function accept<Body>(checked: { body: Body } | { errors: Partial<Record<PlanField, string>> }, send: (body: Body) => void) {
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    send(checked.body);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (props.mode === 'create') accept(createBodyOf(draft), props.onSubmit);
    else accept(changeBodyOf(draft), props.onSubmit);
  }

  const unnamed = formMessage(error, PLAN_FIELDS);
  const keepsToken = props.mode === 'change' && props.hasPaymentMethod;
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="sm">
        <Group grow align="start">
          <TextInput
            label="Installment ($)"
            description="Each installment; the last one is what is left"
            inputMode="decimal"
            required
            value={draft.installment}
            onChange={(event) => change({ installment: event.currentTarget.value })}
            error={message('installmentCents')}
          />
          {props.mode === 'create' && (
            <NativeSelect
              label="How often"
              value={draft.cadence}
              onChange={(event) => change({ cadence: event.currentTarget.value as PaymentPlanCadence })}
              data={CADENCES.map((cadence) => ({ value: cadence, label: CADENCE_LABELS[cadence] }))}
              error={message('cadence')}
            />
          )}
        </Group>
        <Group grow align="start">
          {props.mode === 'create' && (
            <TextInput label="First installment due" type="date" required value={draft.firstDueOn} onChange={(event) => change({ firstDueOn: event.currentTarget.value })} error={message('firstDueOn')} />
          )}
          <NumberInput
            label="Grace days"
            description="Days after a missed installment before the plan breaks"
            min={0}
            max={90}
            allowDecimal={false}
            value={draft.graceDays}
            onChange={(value) => change({ graceDays: value })}
            error={message('graceDays')}
          />
        </Group>
        <Checkbox
          label="Autopay: the patient consents to each installment being charged through the payment gateway"
          checked={draft.autopay}
          onChange={(event) => change({ autopay: event.currentTarget.checked })}
          error={message('autopay')}
        />
        {draft.autopay && (
          <TextInput
            label="Payment method token"
            description={keepsToken ? "The gateway's token of the card or bank account (never the number); empty keeps the one on file" : "The gateway's token of the card or bank account (never the number)"}
            value={draft.paymentMethodToken}
            onChange={(event) => change({ paymentMethodToken: event.currentTarget.value })}
            error={message('paymentMethodToken')}
          />
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
        {unnamed && (
          <Alert color="red" role="alert">
            {inDollars(unnamed)}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
