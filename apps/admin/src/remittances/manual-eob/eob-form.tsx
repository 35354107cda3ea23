import { Alert, Button, Fieldset, FileInput, Group, List, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { PayerView } from '../../api/views';
import { formatCents } from '../../money/cents';
import { claimPath, draftTotals, emptyDraft, newClaim, newLine, readDraft, type ClaimDraft, type ClaimStatusCode, type EobDraft, type FieldErrors, type LineDraft, type ManualRemittanceBody } from './eob-draft';
import { EobLineFields } from './eob-line-fields';

const STATUS_CODES: readonly { value: ClaimStatusCode; label: string }[] = [
  { value: '1', label: '1 — processed as primary' },
  { value: '2', label: '2 — processed as secondary' },
  { value: '3', label: '3 — processed as tertiary' },
  { value: '4', label: '4 — denied' },
  { value: '19', label: '19 — primary, crossed over' },
  { value: '20', label: '20 — secondary, crossed over' },
  { value: '21', label: '21 — tertiary, crossed over' },
  { value: '22', label: '22 — reversal of an earlier payment' },
  { value: '23', label: '23 — not our claim, forwarded' },
  { value: '25', label: '25 — predetermination, not paid' },
];

/** The line fields EobLineFields shows errors on (after `claims[i].lines[j]`). */
const LINE_FIELDS = /^\.(procedureCode|serviceDate|remarkCodes|chargeCents|allowedCents|paymentCents|adjustments\[\d+\]\.(groupCode|reasonCode|amountCents))$/;

/** The scanned EOB types and size the server takes. */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'application/pdf'];
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

interface EobFormProps {
  readonly payers: readonly PayerView[];
  /** Errors the server answered, by field path. */
  readonly serverErrors: FieldErrors;
  readonly submitting: boolean;
  readonly onSubmit: (body: ManualRemittanceBody, image: File | null) => void;
}

function imageError(image: File | null): string | undefined {
  if (!image) return undefined;
  if (!IMAGE_TYPES.includes(image.type)) return 'a PNG, JPEG or PDF file';
  if (image.size > MAX_IMAGE_BYTES) return 'at most 20 MB';
  return undefined;
}

/**
 * A paper EOB keyed in: the check, then each claim and its service lines with their adjustments. Before anything is
 * sent it checks that every line balances (charge = paid + adjustments) and that the claims add up to the check; the
 * server's own refusals come back through `serverErrors`, on the field they name.
 */
export function EobForm({ payers, serverErrors, submitting, onSubmit }: EobFormProps) {
  const [draft, setDraft] = useState<EobDraft>(emptyDraft);
  const [image, setImage] = useState<File | null>(null);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors = { ...serverErrors, ...localErrors };
  const change = (apply: (next: EobDraft) => void) =>
    setDraft((current) => {
      const next = structuredClone(current);
      apply(next);
      return next;
    });
  const changeClaim = (claimIndex: number, apply: (claim: ClaimDraft) => void) =>
    change((next) => {
      const claim = next.claims[claimIndex];
      if (claim) apply(claim);
    });
  const changeLine = (claimIndex: number, lineIndex: number, apply: (line: LineDraft) => void) =>
    changeClaim(claimIndex, (claim) => {
      const line = claim.lines[lineIndex];
      if (line) apply(line);
    });
  const totals = draftTotals(draft);
  const shown = new Set<string>();
  const fieldError = (path: string) => {
    shown.add(path);
    return errors[path];
  };
  const payerError = fieldError('payerRecordId');
  const checkNumberError = fieldError('checkNumber');
  const checkDateError = fieldError('checkDate');
  const amountError = fieldError('paymentCents');
  const imageProblem = imageError(image);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const { body, errors: found } = readDraft(draft);
    setLocalErrors(found);
    if (body && !imageProblem) onSubmit(body, image);
  };

  const claimSections = draft.claims.map((claim, claimIndex) => {
    const path = claimPath(claimIndex);
    return (
      <Fieldset key={claim.key} legend={`Claim ${claimIndex + 1}`}>
        <Stack gap="sm">
          <Group align="start" grow>
            <TextInput label="Claim number (our CLM01)" aria-label={`Claim number, claim ${claimIndex + 1}`} value={claim.patientControlNumber} onChange={(event) => { const value = event.currentTarget.value; changeClaim(claimIndex, (target) => { target.patientControlNumber = value; }); }} error={fieldError(`${path}.patientControlNumber`)} required />
            <NativeSelect label="Status" aria-label={`Status, claim ${claimIndex + 1}`} data={STATUS_CODES.map((status) => ({ ...status }))} value={claim.statusCode} onChange={(event) => { const value = event.currentTarget.value as ClaimStatusCode; changeClaim(claimIndex, (target) => { target.statusCode = value; }); }} error={fieldError(`${path}.statusCode`)} />
            <TextInput label="Payer claim number" aria-label={`Payer claim number, claim ${claimIndex + 1}`} value={claim.payerClaimNumber} onChange={(event) => { const value = event.currentTarget.value; changeClaim(claimIndex, (target) => { target.payerClaimNumber = value; }); }} error={fieldError(`${path}.payerClaimNumber`)} />
            <TextInput label="Patient responsibility ($)" aria-label={`Patient responsibility, claim ${claimIndex + 1}`} value={claim.patientResponsibility} onChange={(event) => { const value = event.currentTarget.value; changeClaim(claimIndex, (target) => { target.patientResponsibility = value; }); }} error={fieldError(`${path}.patientResponsibilityCents`)} inputMode="decimal" />
          </Group>
          {[fieldError(`${path}.chargeCents`), fieldError(`${path}.paymentCents`), fieldError(`${path}.lines`)].filter(Boolean).map((message) => (
            <Text key={message} c="red" size="sm" role="alert">
              {message}
            </Text>
          ))}
          {claim.lines.map((line, lineIndex) => {
            const linePrefix = `${path}.lines[${lineIndex}]`;
            for (const key of Object.keys(errors)) if (key.startsWith(`${linePrefix}.`) && LINE_FIELDS.test(key.slice(linePrefix.length))) shown.add(key);
            return (
              <EobLineFields
                key={line.key}
                line={line}
                claimIndex={claimIndex}
                lineIndex={lineIndex}
                errors={errors}
                onChange={(apply) => changeLine(claimIndex, lineIndex, apply)}
                onRemove={claim.lines.length > 1 ? () => changeClaim(claimIndex, (target) => { target.lines.splice(lineIndex, 1); }) : null}
              />
            );
          })}
          <Group>
            <Button variant="light" size="xs" onClick={() => changeClaim(claimIndex, (target) => { target.lines.push(newLine()); })} aria-label={`Add a service line to claim ${claimIndex + 1}`}>
              Add a service line
            </Button>
            {draft.claims.length > 1 && (
              <Button variant="subtle" color="red" size="xs" onClick={() => change((next) => { next.claims.splice(claimIndex, 1); })} aria-label={`Remove claim ${claimIndex + 1}`}>
                Remove the claim
              </Button>
            )}
          </Group>
        </Stack>
      </Fieldset>
    );
  });
  // Errors the server named on a field this form does not show (or on the body as a whole) are listed at the end.
  const otherErrors = Object.entries(serverErrors).filter(([path]) => !shown.has(path));

  return (
    <form onSubmit={submit} noValidate aria-label="Paper EOB">
      <Stack>
        <Fieldset legend="The check">
          <Group align="start" grow>
            <NativeSelect label="Payer" data={[{ value: '', label: 'Choose the payer' }, ...payers.map((payer) => ({ value: payer.id, label: `${payer.name} (${payer.payerId})` }))]} value={draft.payerRecordId} onChange={(event) => { const value = event.currentTarget.value; change((next) => { next.payerRecordId = value; }); }} error={payerError} required />
            <TextInput label="Check number" value={draft.checkNumber} onChange={(event) => { const value = event.currentTarget.value; change((next) => { next.checkNumber = value; }); }} error={checkNumberError} required />
            <TextInput label="Check date" type="date" value={draft.checkDate} onChange={(event) => { const value = event.currentTarget.value; change((next) => { next.checkDate = value; }); }} error={checkDateError} required />
            <TextInput label="Check amount ($)" value={draft.amount} onChange={(event) => { const value = event.currentTarget.value; change((next) => { next.amount = value; }); }} error={amountError} inputMode="decimal" required />
          </Group>
        </Fieldset>
        {claimSections}
        <Group>
          <Button variant="light" onClick={() => change((next) => { next.claims.push(newClaim()); })}>
            Add a claim
          </Button>
        </Group>
        <FileInput label="Scanned EOB (PNG, JPEG or PDF, at most 20 MB)" placeholder="Choose the scan" value={image} onChange={setImage} accept={IMAGE_TYPES.join(',')} clearable clearButtonProps={{ 'aria-label': 'Clear the file' }} error={imageProblem} w={420} />
        <Text size="sm" aria-live="polite">
          The claims pay {formatCents(totals.paidCents)}; the check is {totals.checkCents === null ? 'not entered yet' : formatCents(totals.checkCents)}.
        </Text>
        {otherErrors.length > 0 && (
          <Alert color="red" role="alert" title="The server refused the EOB">
            <List size="sm">
              {otherErrors.map(([path, message]) => (
                <List.Item key={path}>
                  {path}: {message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={submitting}>
            Post the EOB
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
