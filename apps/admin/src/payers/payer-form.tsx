import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/problem';
import type { Payer, PluginListing } from '../api/views';
import { CLAIM_FILING_INDICATORS } from './claim-filing-indicators';
import type { CreatePayer } from './payer-queries';

export interface PayerFormProps {
  readonly payer: Payer | null;
  /** The installed plugins, to choose connectors from; null when the user may not read them. */
  readonly plugins: readonly PluginListing[] | null;
  readonly readOnly: boolean;
  readonly onSave: (body: CreatePayer) => Promise<unknown>;
}

const EMPTY = {
  name: '',
  payerId: '',
  claimFilingIndicator: 'CI',
  timelyFilingDays: 365 as number | string,
  appealLimitDays: 120 as number | string,
  followUpDays: 30 as number | string,
  clearinghousePluginId: '',
  eligibilityPluginId: '',
  authorizationRequiredCodes: '',
  active: true,
};
type Values = typeof EMPTY;

function valuesOf(payer: Payer | null): Values {
  if (!payer) return EMPTY;
  return {
    ...payer,
    clearinghousePluginId: payer.clearinghousePluginId ?? '',
    eligibilityPluginId: payer.eligibilityPluginId ?? '',
    authorizationRequiredCodes: payer.authorizationRequiredCodes.join(', '),
  };
}

/** The plugins that contribute `point` (enabled ones only contribute), plus the payer's current choice. */
function connectorOptions(plugins: readonly PluginListing[] | null, point: string, current: string) {
  const ids = (plugins ?? []).filter((plugin) => (plugin.contributions[point] ?? 0) > 0).map((plugin) => plugin.id);
  if (current && !ids.includes(current)) ids.push(current);
  return [{ value: '', label: '(none)' }, ...ids.map((id) => ({ value: id, label: id }))];
}

/** A payer's identifiers, limits and connectors; creates a payer when `payer` is null. */
export function PayerForm({ payer, plugins, readOnly, onSave }: PayerFormProps) {
  const [values, setValues] = useState<Values>(() => valuesOf(payer));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Values>(field: K) => (value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setSaved(false);
  };
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldError(field) : undefined);
  const codesError = error instanceof ApiError ? error.problem.errors?.find((issue) => issue.field.startsWith('authorizationRequiredCodes'))?.message : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaving(true);
    try {
      await onSave({
        name: values.name,
        payerId: values.payerId,
        claimFilingIndicator: values.claimFilingIndicator,
        timelyFilingDays: Number(values.timelyFilingDays),
        appealLimitDays: Number(values.appealLimitDays),
        followUpDays: Number(values.followUpDays),
        clearinghousePluginId: values.clearinghousePluginId || null,
        eligibilityPluginId: values.eligibilityPluginId || null,
        authorizationRequiredCodes: values.authorizationRequiredCodes.split(/[\s,]+/).filter(Boolean),
        active: values.active,
      });
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={payer ? `Edit ${payer.name}` : 'New payer'}>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <Group grow align="start">
            <TextInput label="Name" description="As on claims (2010BB NM103)" required value={values.name} onChange={(event) => set('name')(event.currentTarget.value)} error={fieldError('name')} />
            <TextInput label="Payer id" description="The X12 payer id the clearinghouse routes on" required value={values.payerId} onChange={(event) => set('payerId')(event.currentTarget.value)} error={fieldError('payerId')} />
            <NativeSelect label="Claim filing indicator" description="SBR09" value={values.claimFilingIndicator} onChange={(event) => set('claimFilingIndicator')(event.currentTarget.value)} data={[...CLAIM_FILING_INDICATORS]} error={fieldError('claimFilingIndicator')} />
          </Group>
          <Group grow align="start">
            <NumberInput label="Timely filing (days)" min={1} max={3650} allowDecimal={false} value={values.timelyFilingDays} onChange={set('timelyFilingDays')} error={fieldError('timelyFilingDays')} />
            <NumberInput label="Appeal limit (days)" min={1} max={3650} allowDecimal={false} value={values.appealLimitDays} onChange={set('appealLimitDays')} error={fieldError('appealLimitDays')} />
            <NumberInput label="Follow up after (days)" min={1} max={365} allowDecimal={false} value={values.followUpDays} onChange={set('followUpDays')} error={fieldError('followUpDays')} />
          </Group>
          <Group grow align="start">
            <NativeSelect
              label="Clearinghouse connector"
              description="An enabled plugin that carries claims and remittances"
              value={values.clearinghousePluginId}
              onChange={(event) => set('clearinghousePluginId')(event.currentTarget.value)}
              data={connectorOptions(plugins, 'clearinghouse-connector', values.clearinghousePluginId)}
              error={fieldError('clearinghousePluginId')}
            />
            <NativeSelect
              label="Eligibility connector"
              description="An enabled plugin that checks coverage"
              value={values.eligibilityPluginId}
              onChange={(event) => set('eligibilityPluginId')(event.currentTarget.value)}
              data={connectorOptions(plugins, 'eligibility-provider', values.eligibilityPluginId)}
              error={fieldError('eligibilityPluginId')}
            />
          </Group>
          <Textarea
            label="Procedure codes this payer authorizes before service"
            description="CPT/HCPCS codes, separated by commas or spaces"
            rows={2}
            value={values.authorizationRequiredCodes}
            onChange={(event) => set('authorizationRequiredCodes')(event.currentTarget.value)}
            error={codesError}
          />
          <Checkbox label="Active (offered for new coverages)" checked={values.active} onChange={(event) => set('active')(event.currentTarget.checked)} />
          {!readOnly && (
            <Button type="submit" loading={saving} style={{ alignSelf: 'flex-start' }}>
              {payer ? 'Save payer' : 'Create payer'}
            </Button>
          )}
          {saved && (
            <Text role="status" c="teal.9">
              Payer saved
            </Text>
          )}
          {error !== null && (
            <Alert color="red" role="alert">
              {messageOf(error)}
            </Alert>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
