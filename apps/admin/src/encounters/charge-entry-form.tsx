import { Alert, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { icd10Display, validateCharge, type ChargeErrors, type ChargeRequest } from './charge-entry';

/** The field that picks the procedure code (the code search on the page; a plain input in tests). */
export interface CodePickerProps {
  readonly value: string | null;
  readonly onChange: (code: string | null) => void;
  readonly error?: string;
}

/** Shows the fee schedule's price of the line; reports a unit price typed when no schedule prices the code. */
export interface PriceProps {
  readonly code: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly onUnitPrice: (cents: number | undefined) => void;
}

interface ChargeEntryFormProps {
  /** The encounter's diagnoses in claim order; pointers are positions in this list. */
  readonly diagnosisCodes: readonly string[];
  readonly onSubmit: (request: ChargeRequest & { unitPriceCents?: number }) => Promise<unknown>;
  readonly pending: boolean;
  readonly CodePicker: ComponentType<CodePickerProps>;
  readonly Price: ComponentType<PriceProps>;
}

const EMPTY = { modifiers: '', units: 1 as number | string, pointers: '1' };

/** One superbill line: procedure, modifiers, units and diagnosis pointers, checked before it is sent. */
export function ChargeEntryForm({ diagnosisCodes, onSubmit, pending, CodePicker, Price }: ChargeEntryFormProps) {
  const [procedureCode, setProcedureCode] = useState<string | null>(null);
  const [fields, setFields] = useState(EMPTY);
  const [unitPriceCents, setUnitPriceCents] = useState<number | undefined>(undefined);
  const [errors, setErrors] = useState<ChargeErrors>({});
  const draft = { procedureCode: procedureCode ?? '', ...fields };
  const preview = validateCharge(draft, diagnosisCodes.length).request;

  const submit = async () => {
    const checked = validateCharge(draft, diagnosisCodes.length);
    setErrors(checked.errors);
    if (!checked.request) return;
    await onSubmit({ ...checked.request, ...(unitPriceCents !== undefined && { unitPriceCents }) });
    setProcedureCode(null);
    setFields(EMPTY);
  };

  return (
    <form
      aria-label="Enter a charge"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit().catch(() => undefined);
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h4">
          Enter a charge
        </Title>
        <CodePicker value={procedureCode} onChange={setProcedureCode} error={errors.procedureCode} />
        <Group align="start" grow>
          <TextInput
            label="Modifiers"
            description="Up to four, e.g. 25, 59"
            value={fields.modifiers}
            onChange={(change) => setFields({ ...fields, modifiers: change.currentTarget.value })}
            error={errors.modifiers}
          />
          <NumberInput label="Units" min={1} max={9999} allowDecimal={false} value={fields.units} onChange={(units) => setFields({ ...fields, units })} error={errors.units} />
          <TextInput
            label="Diagnosis pointers"
            description={diagnosisCodes.length > 0 ? diagnosisCodes.map((code, index) => `${index + 1} ${icd10Display(code)}`).join(' · ') : 'No diagnoses yet'}
            value={fields.pointers}
            onChange={(change) => setFields({ ...fields, pointers: change.currentTarget.value })}
            error={errors.pointers}
          />
        </Group>
        {preview ? (
          <Price code={preview.procedureCode} modifiers={preview.modifiers} units={preview.units} onUnitPrice={setUnitPriceCents} />
        ) : (
          <Text size="sm" c="dimmed">
            The price shows once the line is complete.
          </Text>
        )}
        {Object.keys(errors).length > 0 && (
          <Alert color="red" role="alert">
            Correct the fields marked before entering the charge.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            Enter charge
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
