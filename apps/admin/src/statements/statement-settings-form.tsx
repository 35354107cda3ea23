import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { StatementSettings, StatementSettingsInput } from '../api/views';
import { bodyOf, draftOf, NOTICES, serverFieldErrors, type NoticeName, type SettingsDraft, type SettingsField } from './settings-draft';

const NOTICE_LABELS: Readonly<Record<NoticeName, { label: string; description: string }>> = {
  howToPay: { label: 'How to pay', description: 'Online, by phone, by mail' },
  paymentPlans: { label: 'Payment plans', description: 'How to ask for a monthly plan' },
  financialAssistance: { label: 'Financial assistance', description: 'Who may qualify and how to apply' },
  dispute: { label: 'Disputes', description: 'How to tell the billing office the bill is wrong' },
};

export interface StatementSettingsFormProps {
  readonly settings: StatementSettings;
  readonly readOnly: boolean;
  /** Saves the settings; rejects with the server's ApiError (400 names each field). */
  readonly onSave: (body: StatementSettingsInput) => Promise<unknown>;
}

/** The statement policy and what every statement prints, with the minimum balance typed in dollars. */
export function StatementSettingsForm({ settings, readOnly, onSave }: StatementSettingsFormProps) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = (next: Partial<SettingsDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setSaved(false);
  };
  const setNotice = (name: NoticeName, text: string) => change({ notices: { ...draft.notices, [name]: text } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const checked = bodyOf(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(checked.body);
      setSaved(true);
    } catch (error) {
      const named = error instanceof ApiError ? serverFieldErrors(error.problem.errors ?? []) : { fields: {}, other: [] };
      setErrors(named.fields);
      const unnamed = Object.keys(named.fields).length === 0;
      setFailure(unnamed ? messageOf(error) : named.other.length > 0 ? named.other.join(' — ') : null);
    } finally {
      setSaving(false);
    }
  }

  const invalid = Object.keys(errors).length > 0;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Statement settings">
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <Fieldset legend="When statements go out">
            <Stack gap="sm">
              <Checkbox label="Send statements every day on their own (the daily run)" checked={draft.runsDaily} onChange={(event) => change({ runsDaily: event.currentTarget.checked })} error={errors.runsDaily} />
              <Group grow align="start">
                <NumberInput
                  label="Days between statements"
                  description="At most one statement per account in this many days"
                  min={1}
                  max={365}
                  allowDecimal={false}
                  value={draft.cadenceDays}
                  onChange={(value) => change({ cadenceDays: value })}
                  error={errors.cadenceDays}
                />
                <NumberInput
                  label="Statements before the final notice"
                  min={1}
                  max={12}
                  allowDecimal={false}
                  value={draft.statementsBeforeFinalNotice}
                  onChange={(value) => change({ statementsBeforeFinalNotice: value })}
                  error={errors.statementsBeforeFinalNotice}
                />
              </Group>
              <Group grow align="start">
                <TextInput
                  label="Minimum balance ($)"
                  description="Accounts owing less get no statement"
                  inputMode="decimal"
                  value={draft.minimumBalance}
                  onChange={(event) => change({ minimumBalance: event.currentTarget.value })}
                  error={errors.minimumBalanceCents}
                />
                <TextInput
                  label="Write off balances under ($)"
                  description="Small balances the policy writes off instead of billing (0.00: never); at most the minimum"
                  inputMode="decimal"
                  value={draft.smallBalanceWriteOff}
                  onChange={(event) => change({ smallBalanceWriteOff: event.currentTarget.value })}
                  error={errors.smallBalanceWriteOffCents}
                />
                <NumberInput label="Due in (days)" description="The due date printed, counted from the statement date" min={1} max={120} allowDecimal={false} value={draft.dueInDays} onChange={(value) => change({ dueInDays: value })} error={errors.dueInDays} />
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend="Billing office (printed on every statement)">
            <Stack gap="sm">
              <TextInput label="Name" value={draft.billingName} onChange={(event) => change({ billingName: event.currentTarget.value })} error={errors.billingName} />
              <Textarea
                label="Address"
                description="One to four lines, one per line"
                rows={4}
                value={draft.billingAddress}
                onChange={(event) => change({ billingAddress: event.currentTarget.value })}
                error={errors.billingAddress}
              />
              <TextInput label="Phone" type="tel" value={draft.billingPhone} onChange={(event) => change({ billingPhone: event.currentTarget.value })} error={errors.billingPhone} />
            </Stack>
          </Fieldset>
          <Fieldset legend="Notices (printed on every statement)">
            <Stack gap="sm">
              {NOTICES.map((name) => (
                <Textarea
                  key={name}
                  label={NOTICE_LABELS[name].label}
                  description={`${NOTICE_LABELS[name].description}; up to 600 characters`}
                  rows={3}
                  value={draft.notices[name]}
                  onChange={(event) => setNotice(name, event.currentTarget.value)}
                  error={errors[`notices.${name}`]}
                />
              ))}
            </Stack>
          </Fieldset>
          {invalid && !failure && (
            <Text role="alert" c="red.9" size="sm">
              Some settings are not valid; see the fields marked.
            </Text>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {saved && (
            <Text role="status" c="teal.9">
              Statement settings saved
            </Text>
          )}
          {!readOnly && (
            <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
              Save statement settings
            </Button>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
