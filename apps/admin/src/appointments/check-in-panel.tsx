import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { messageOf } from '../api/problem';
import type { EncounterDetail, ResponsibilityMethod } from '../api/views';
import { formatCents } from '../money/cents';
import { EligibilityResult } from './eligibility-result';
import { ResponsibilityForm } from './responsibility-form';

export interface CheckInPanelProps {
  readonly visit: EncounterDetail;
  /** Whether the user may check in, run eligibility and set the estimate. */
  readonly canWork: boolean;
  /** Why the last eligibility run got no answer (the server's refusal), if it did not. */
  readonly eligibilityRefusal: string | null;
  readonly onCheckIn: () => void;
  readonly checkingIn: boolean;
  readonly checkInError: unknown;
  readonly onRunEligibility: () => void;
  readonly runningEligibility: boolean;
  readonly onSaveResponsibility: (body: { estimateCents: number; method: ResponsibilityMethod }) => void;
  readonly savingResponsibility: boolean;
  readonly responsibilityError: unknown;
}

/** Check-in: the appointment's state and the check-in itself, the visit's eligibility, and the patient's expected share. */
export function CheckInPanel(props: CheckInPanelProps) {
  const { visit, canWork } = props;
  const responsibility = visit.patientResponsibility;
  const copay = visit.eligibility?.pointOfService.copayCents ?? null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-in-title">
      <Stack>
        <Title order={2} size="h3" id="check-in-title">
          Check-in
        </Title>
        <Group>
          <Text>
            State: <strong>{visit.state}</strong>
          </Text>
          {canWork && visit.allowedEvents.includes('check-in') && (
            <Button onClick={props.onCheckIn} loading={props.checkingIn}>
              Check in
            </Button>
          )}
        </Group>
        {Boolean(props.checkInError) && (
          <Alert color="red" role="alert">
            {messageOf(props.checkInError)}
          </Alert>
        )}
        <Title order={3} size="h4">
          Eligibility
        </Title>
        <EligibilityResult eligibility={visit.eligibility} selfPay={visit.selfPay} refusal={props.eligibilityRefusal} />
        {canWork && visit.eligibility && (
          <Group>
            <Button variant="light" onClick={props.onRunEligibility} loading={props.runningEligibility}>
              Check eligibility now
            </Button>
          </Group>
        )}
        <Title order={3} size="h4">
          Patient responsibility
        </Title>
        <Text aria-label="Expected patient responsibility">
          {responsibility.estimateCents === null
            ? 'Not communicated yet.'
            : `Expected patient responsibility: ${formatCents(responsibility.estimateCents)} (${responsibility.method ?? 'communicated'}${responsibility.communicatedAt ? `, ${new Date(responsibility.communicatedAt).toLocaleString('en-US')}` : ''})`}
        </Text>
        {canWork && (
          <ResponsibilityForm
            key={responsibility.estimateCents ?? copay ?? 'none'}
            initialCents={responsibility.estimateCents ?? copay}
            copayCents={copay}
            onSubmit={props.onSaveResponsibility}
            busy={props.savingResponsibility}
            error={props.responsibilityError}
          />
        )}
      </Stack>
    </Paper>
  );
}
