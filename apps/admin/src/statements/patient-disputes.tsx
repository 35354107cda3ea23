import { Alert, Button, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { expectOk, fieldMessage, formMessage, messageOf } from '../api/problem';
import type { DisputeStep, PatientDispute } from '../api/views';
import { dateTime } from '../format/date-time';
import { statementKeys, usePatientDisputes } from './statement-queries';
import { DISPUTE_STATES } from './statement-words';

const STEP_WORDS: Readonly<Record<DisputeStep, { button: string; label: string; submit: string }>> = {
  answer: { button: 'Answer', label: 'The answer given to the patient', submit: 'Save the answer' },
  resolve: { button: 'Resolve', label: 'How it was resolved', submit: 'Resolve the dispute' },
};

/** The steps a dispute in this state can take: an open one is answered or resolved; an answered one, resolved. */
export function stepsOf(dispute: PatientDispute): readonly DisputeStep[] {
  if (dispute.state === 'open') return ['answer', 'resolve'];
  if (dispute.state === 'answered') return ['resolve'];
  return [];
}

interface DisputeCardProps {
  readonly organizationId: string;
  readonly dispute: PatientDispute;
  readonly index: number;
  readonly canStep: boolean;
  readonly onChanged: () => void;
}

function DisputeCard({ organizationId, dispute, index, canStep, onChanged }: DisputeCardProps) {
  const [step, setStep] = useState<DisputeStep | null>(null);
  const [note, setNote] = useState('');
  const take = useMutation({
    mutationFn: (body: { step: DisputeStep; note: string }) =>
      expectOk<PatientDispute>(api.POST('/api/organizations/{organizationId}/disputes/{disputeId}/steps', { params: { path: { organizationId, disputeId: dispute.id } }, body })),
    onSuccess: () => {
      setStep(null);
      setNote('');
      onChanged();
    },
  });
  const title = `Dispute ${index + 1}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (step) take.mutate({ step, note });
  }

  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Stack gap="xs">
        <Text fw={600}>
          {title}: {DISPUTE_STATES[dispute.state]}
        </Text>
        <Text size="sm">
          Opened <time dateTime={dispute.createdAt}>{dateTime(dispute.createdAt)}</time>: {dispute.reason}
        </Text>
        {dispute.answer && <Text size="sm">Answer: {dispute.answer}</Text>}
        {dispute.resolution && <Text size="sm">Resolution: {dispute.resolution}</Text>}
        {canStep && !step && stepsOf(dispute).length > 0 && (
          <Group gap="xs">
            {stepsOf(dispute).map((candidate) => (
              <Button
                key={candidate}
                size="xs"
                variant="default"
                aria-label={`${STEP_WORDS[candidate].button} ${title.toLowerCase()}`}
                onClick={() => {
                  take.reset();
                  setStep(candidate);
                }}
              >
                {STEP_WORDS[candidate].button}
              </Button>
            ))}
          </Group>
        )}
        {step && (
          <form onSubmit={submit} noValidate aria-label={`${STEP_WORDS[step].button} ${title.toLowerCase()}`}>
            <Stack gap="xs">
              <Textarea label={STEP_WORDS[step].label} rows={3} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={fieldMessage(take.error, 'note')} />
              <Group gap="xs">
                <Button type="submit" size="xs" loading={take.isPending}>
                  {STEP_WORDS[step].submit}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setStep(null)}>
                  Cancel
                </Button>
              </Group>
              {formMessage(take.error, ['note']) && (
                <Alert color="red" role="alert">
                  {formMessage(take.error, ['note'])}
                </Alert>
              )}
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

/** The patient's disputes of their bills (an open or answered one holds their statements): opened here, answered, resolved. */
export function PatientDisputes({ organizationId, patientId, canStep }: { organizationId: string; patientId: string; canStep: boolean }) {
  const queryClient = useQueryClient();
  const disputes = usePatientDisputes(organizationId, patientId);
  const [reason, setReason] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: statementKeys.disputes(organizationId, patientId) });
  const open = useMutation({
    mutationFn: (text: string) => expectOk<PatientDispute>(api.POST('/api/organizations/{organizationId}/patients/{patientId}/disputes', { params: { path: { organizationId, patientId } }, body: { reason: text } })),
    onSuccess: () => {
      setReason(null);
      refresh();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason !== null) open.mutate(reason);
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Disputes
      </Title>
      {disputes.isPending && <Loader aria-label="Loading the disputes" />}
      {disputes.error && (
        <Alert color="red" role="alert">
          {messageOf(disputes.error)}
        </Alert>
      )}
      {disputes.data && disputes.data.length === 0 && <Text>The patient has disputed no bill.</Text>}
      {disputes.data?.map((dispute, index) => (
        <DisputeCard key={dispute.id} organizationId={organizationId} dispute={dispute} index={disputes.data.length - 1 - index} canStep={canStep} onChanged={refresh} />
      ))}
      {reason === null ? (
        <Group>
          <Button
            variant="light"
            onClick={() => {
              open.reset();
              setReason('');
            }}
          >
            Open a dispute
          </Button>
        </Group>
      ) : (
        <form onSubmit={submit} noValidate aria-label="Open a dispute">
          <Stack gap="xs">
            <Textarea
              label="What the patient disputes"
              description="Statements are held while the dispute is open or answered"
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={fieldMessage(open.error, 'reason')}
            />
            <Group gap="xs">
              <Button type="submit" loading={open.isPending}>
                Open the dispute
              </Button>
              <Button variant="subtle" onClick={() => setReason(null)}>
                Cancel
              </Button>
            </Group>
            {formMessage(open.error, ['reason']) && (
              <Alert color="red" role="alert">
                {formMessage(open.error, ['reason'])}
              </Alert>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}
