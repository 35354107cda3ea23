import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { expectOk, fieldMessage, formMessage } from '../../api/problem';
import type { CollectionDispute, CollectionDisputeInput, DisputeMedium, RecordedCollectionDispute } from '../../api/views';
import { formatCents } from '../../money/cents';
import { DISPUTE_MEDIA } from '../collection-words';
import { localInputOf } from './call-draft';
import { disputeBody, type DisputeDraft } from './dispute-draft';
import { selectOptions } from '../../format/select-options';

const today = () => localInputOf(new Date()).slice(0, 10);

/** Records the verification sent to the debtor: collection of the disputed amount may resume. */
function VerificationForm({ organizationId, dispute, title, onDone }: { organizationId: string; dispute: CollectionDispute; title: string; onDone: () => void }) {
  const [sentOn, setSentOn] = useState(today);
  const [verification, setVerification] = useState('');
  const verify = useMutation({
    mutationFn: (body: { sentOn: string; verification: string }) =>
      expectOk<CollectionDispute>(api.POST('/api/organizations/{organizationId}/collection-disputes/{disputeId}/verification', { params: { path: { organizationId, disputeId: dispute.id } }, body })),
    onSuccess: onDone,
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    verify.mutate({ sentOn, verification });
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Record verification of ${title.toLowerCase()}`}>
      <Stack gap="xs">
        <Group grow align="start">
          <TextInput label="Verification sent on" type="date" value={sentOn} onChange={(event) => setSentOn(event.currentTarget.value)} error={fieldMessage(verify.error, 'sentOn')} />
          <Textarea label="What was sent to the debtor" rows={2} value={verification} onChange={(event) => setVerification(event.currentTarget.value)} error={fieldMessage(verify.error, 'verification')} />
        </Group>
        <Group>
          <Button type="submit" size="xs" loading={verify.isPending}>
            Record the verification
          </Button>
        </Group>
        {formMessage(verify.error, ['sentOn', 'verification']) && (
          <Alert color="red" role="alert">
            {formMessage(verify.error, ['sentOn', 'verification'])}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function DisputeCard({ organizationId, dispute, title, canWork, onChanged }: { organizationId: string; dispute: CollectionDispute; title: string; canWork: boolean; onChanged: () => void }) {
  const [verifying, setVerifying] = useState(false);
  const effect = dispute.verifiedOn
    ? 'Verified: collection may resume'
    : dispute.stopsCollection
      ? 'Collection of the disputed amount is stopped until verification is sent'
      : 'Does not stop collection (oral, or after the validation period); the debt is reported as disputed';
  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Stack gap="xs">
        <Text fw={600}>
          {title}: {formatCents(dispute.disputedCents)} disputed, received {dispute.receivedOn} ({DISPUTE_MEDIA[dispute.medium].toLowerCase()})
        </Text>
        <Text size="sm">{effect}.</Text>
        <Text size="sm">{dispute.note}</Text>
        {dispute.verifiedOn && (
          <Text size="sm">
            Verification sent on {dispute.verifiedOn}: {dispute.verification}
          </Text>
        )}
        {canWork && !dispute.verifiedOn && !verifying && (
          <Group>
            <Button size="xs" variant="default" onClick={() => setVerifying(true)} aria-label={`Record verification of ${title.toLowerCase()}`}>
              Record verification
            </Button>
          </Group>
        )}
        {verifying && (
          <VerificationForm
            organizationId={organizationId}
            dispute={dispute}
            title={title}
            onDone={() => {
              setVerifying(false);
              onChanged();
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}

interface CollectionDisputesPanelProps {
  readonly organizationId: string;
  readonly patientId: string;
  readonly disputes: readonly CollectionDispute[];
  readonly canWork: boolean;
  readonly onChanged: () => void;
}

/** The debtor's disputes of the debt under Regulation F: what each does to collection, recording one, and its verification. */
export function CollectionDisputesPanel({ organizationId, patientId, disputes, canWork, onChanged }: CollectionDisputesPanelProps) {
  const [draft, setDraft] = useState<DisputeDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<'receivedOn' | 'disputedCents', string>>>({});
  const record = useMutation({
    mutationFn: (body: CollectionDisputeInput) =>
      expectOk<RecordedCollectionDispute>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/collection-disputes', { params: { path: { organizationId, patientId } }, body })),
    onSuccess: () => {
      setDraft(null);
      onChanged();
    },
  });

  // What a new dispute does is said once; a verification recorded after it changes that.
  const verified = () => {
    record.reset();
    onChanged();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const checked = disputeBody(draft);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    record.mutate(checked.body);
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Debt disputes
      </Title>
      {disputes.length === 0 && <Text>The debtor has disputed no debt in collection.</Text>}
      {disputes.map((dispute, index) => (
        <DisputeCard key={dispute.id} organizationId={organizationId} dispute={dispute} title={`Debt dispute ${disputes.length - index}`} canWork={canWork} onChanged={verified} />
      ))}
      {record.data && (
        <Alert color={record.data.effect.collectionStopped ? 'orange' : 'teal'} role="status" title="Dispute recorded">
          {record.data.effect.reason}
        </Alert>
      )}
      {canWork && draft === null && (
        <Group>
          <Button
            variant="light"
            onClick={() => {
              record.reset();
              setDraft({ medium: 'paper', receivedOn: today(), disputed: '', note: '' });
            }}
          >
            Record a dispute
          </Button>
        </Group>
      )}
      {draft && (
        <form onSubmit={submit} noValidate aria-label="Record a dispute">
          <Stack gap="xs">
            <Group grow align="start">
              <NativeSelect
                label="How it came"
                value={draft.medium}
                onChange={(event) => setDraft({ ...draft, medium: event.currentTarget.value as DisputeMedium })}
                data={selectOptions(DISPUTE_MEDIA)}
              />
              <TextInput label="Received on" type="date" value={draft.receivedOn} onChange={(event) => setDraft({ ...draft, receivedOn: event.currentTarget.value })} error={errors.receivedOn ?? fieldMessage(record.error, 'receivedOn')} />
              <TextInput
                label="Amount disputed ($)"
                inputMode="decimal"
                value={draft.disputed}
                onChange={(event) => setDraft({ ...draft, disputed: event.currentTarget.value })}
                error={errors.disputedCents ?? fieldMessage(record.error, 'disputedCents')}
              />
            </Group>
            <Textarea label="What the debtor disputes" rows={2} value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.currentTarget.value })} error={fieldMessage(record.error, 'note')} />
            <Group gap="xs">
              <Button type="submit" loading={record.isPending}>
                Record the dispute
              </Button>
              <Button variant="subtle" onClick={() => setDraft(null)}>
                Cancel
              </Button>
            </Group>
            {formMessage(record.error, ['receivedOn', 'disputedCents', 'note']) && (
              <Alert color="red" role="alert">
                {formMessage(record.error, ['receivedOn', 'disputedCents', 'note'])}
              </Alert>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
