import { Alert, Button, Fieldset, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { AgencyFeePosting, CollectionSettings, CollectionSettingsInput } from '../api/views';
import { FEE_POSTINGS } from './collection-words';
import { CreditRuleTable } from './credit-rule-table';
import { bodyOf, draftOf, serverFieldErrors, type CollectionSettingsDraft, type SettingsErrors } from './settings-draft';
import { selectOptions } from '../format/select-options';

export interface CollectionSettingsFormProps {
  readonly settings: CollectionSettings;
  readonly readOnly: boolean;
  /** Saves the settings; rejects with the server's ApiError (400 names each field). */
  readonly onSave: (body: CollectionSettingsInput) => Promise<unknown>;
}

/** The placement rules, how agency payments post, and credit reporting by state, with amounts typed in dollars. */
export function CollectionSettingsForm({ settings, readOnly, onSave }: CollectionSettingsFormProps) {
  const [draft, setDraft] = useState<CollectionSettingsDraft>(() => draftOf(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = (next: Partial<CollectionSettingsDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setSaved(false);
  };

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
      const named = error instanceof ApiError ? serverFieldErrors(error.problem.errors ?? [], draft) : { fields: {}, other: [] };
      setErrors(named.fields);
      const unnamed = Object.keys(named.fields).length === 0;
      setFailure(unnamed ? messageOf(error) : named.other.length > 0 ? named.other.join(' — ') : null);
    } finally {
      setSaving(false);
    }
  }

  const invalid = Object.keys(errors).length > 0;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Placement rules">
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <Fieldset legend="When an account may be placed">
            <Stack gap="sm">
              <Text size="sm">
                An account is proposed only when its final notice was sent and has expired, enough days have passed since the first statement, and it owes at least the
                minimum — and never while a claim is with insurance, a payment plan is in good standing, a dispute or financial-assistance application is open, a No
                Surprises Act dispute window is open, or the account is on hold.
              </Text>
              <Group grow align="start">
                <NumberInput
                  label="Days since the first statement"
                  description="From the first statement of the cycle"
                  min={0}
                  max={3650}
                  allowDecimal={false}
                  value={draft.minDaysSinceFirstStatement}
                  onChange={(value) => change({ minDaysSinceFirstStatement: value })}
                  error={errors.minDaysSinceFirstStatement}
                />
                <NumberInput
                  label="Days after the final notice"
                  description="Before the final notice counts as expired"
                  min={0}
                  max={365}
                  allowDecimal={false}
                  value={draft.finalNoticeWaitDays}
                  onChange={(value) => change({ finalNoticeWaitDays: value })}
                  error={errors.finalNoticeWaitDays}
                />
                <TextInput
                  label="Minimum balance ($)"
                  description="Accounts owing less are never placed"
                  inputMode="decimal"
                  value={draft.minimumBalance}
                  onChange={(event) => change({ minimumBalance: event.currentTarget.value })}
                  error={errors.minimumBalanceCents}
                />
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend="The agency">
            <Stack gap="sm">
              <NativeSelect
                label="Agency payments post"
                value={draft.agencyFeePosting}
                onChange={(event) => change({ agencyFeePosting: event.currentTarget.value as AgencyFeePosting })}
                data={selectOptions(FEE_POSTINGS)}
                error={errors.agencyFeePosting}
              />
              <Group grow align="start">
                <TextInput
                  label="Collection agency connector"
                  description="The plugin's connector id, such as collections; empty: the only one enabled"
                  value={draft.connectorId}
                  onChange={(event) => change({ connectorId: event.currentTarget.value })}
                  error={errors.connectorId}
                />
                <TextInput
                  label="Office hours on validation notices"
                  description="Printed on notices sent in the clinic's own name"
                  value={draft.collectorHours}
                  onChange={(event) => change({ collectorHours: event.currentTarget.value })}
                  error={errors.collectorHours}
                />
              </Group>
            </Stack>
          </Fieldset>
          <Fieldset legend="Credit reporting">
            <Stack gap="sm">
              <Text size="sm">
                A placed debt is never reported under the balance threshold, before the waiting days, once paid, or before the debtor was spoken to or sent a notice and the
                days after it passed. Add a state whose law differs; a state that bans medical debt on credit reports: Reporting, Not allowed.
              </Text>
              <CreditRuleTable
                defaults={draft.defaults}
                states={draft.states}
                errors={errors}
                readOnly={readOnly}
                onDefaults={(defaults) => change({ defaults })}
                onStates={(states) => change({ states })}
              />
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
              Placement rules saved
            </Text>
          )}
          {!readOnly && (
            <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
              Save placement rules
            </Button>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
