import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { ApiError, expectOk, messageOf } from '../api/problem';
import type { EligibilityRun, EncounterDetail, ResponsibilityMethod } from '../api/views';
import { PatientBalance } from '../patients/patient-balance';
import { usePatient } from '../patients/patient-queries';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, BALANCE_ROLES, CHECK_IN_ROLES, PAYMENT_ROLES } from '../session/permissions';
import { CheckInPanel } from './check-in-panel';
import { EligibilityRecordForm } from './eligibility-record-form';
import { VisitPayments } from './visit-payments';

/** An appointment at the front desk: check-in, eligibility, the patient's expected share, payment at the visit and the balance. */
export function VisitPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const encounterId = useParams().encounterId ?? '';
  const queryClient = useQueryClient();
  const key = ['encounter', organizationId, encounterId];
  const path = { organizationId, encounterId };
  const visit = useQuery({
    queryKey: key,
    queryFn: () => expectOk<EncounterDetail>(api.GET('/api/organizations/{organizationId}/encounters/{encounterId}', { params: { path } })),
  });
  const patientId = visit.data?.patientId ?? '';
  const patient = usePatient(organizationId, patientId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const checkIn = useMutation({
    mutationFn: () => expectOk(api.POST('/api/organizations/{organizationId}/encounters/{encounterId}/transitions', { params: { path }, body: { event: 'check-in' } })),
    onSuccess: refresh,
  });
  const runEligibility = useMutation({
    mutationFn: (detail: EncounterDetail) =>
      expectOk<EligibilityRun>(
        api.POST('/api/organizations/{organizationId}/patients/{patientId}/eligibility-checks/run', {
          params: { path: { organizationId, patientId: detail.patientId } },
          body: { coverageId: detail.eligibility?.coverageId ?? '', asOfDate: detail.dateOfService, encounterId: detail.id },
        }),
      ),
    onSettled: refresh,
  });
  const recordEligibility = useMutation({
    mutationFn: ({ detail, answer }: { detail: EncounterDetail; answer: Parameters<Parameters<typeof EligibilityRecordForm>[0]['onSubmit']>[0] }) =>
      expectOk(
        api.POST('/api/organizations/{organizationId}/patients/{patientId}/eligibility-checks', {
          params: { path: { organizationId, patientId: detail.patientId } },
          body: { ...answer, coverageId: detail.eligibility?.coverageId ?? '', asOfDate: detail.dateOfService },
        }),
      ),
    onSuccess: () => {
      runEligibility.reset();
      void refresh();
    },
  });
  const responsibility = useMutation({
    mutationFn: (body: { estimateCents: number; method: ResponsibilityMethod }) =>
      expectOk(api.PUT('/api/organizations/{organizationId}/encounters/{encounterId}/patient-responsibility', { params: { path }, body })),
    onSuccess: refresh,
  });

  if (visit.isPending) return <Loader aria-label="Loading the appointment" />;
  if (visit.error) return <Alert color="red" role="alert">{messageOf(visit.error)}</Alert>;
  const detail = visit.data;
  const canWork = allows(roles, CHECK_IN_ROLES);
  const refusal = runEligibility.error ? (runEligibility.error instanceof ApiError && runEligibility.error.status === 409 ? runEligibility.error.message : messageOf(runEligibility.error)) : null;
  const pending = runEligibility.data?.status === 'pending' ? runEligibility.data.reference : null;
  const name = patient.data ? `${patient.data.lastName}, ${patient.data.firstName}` : 'the patient';
  return (
    <Stack>
      <Title order={1} size="h2">
        Appointment: {name}
      </Title>
      <Text>
        {detail.dateOfService}
        {detail.scheduledStart ? ` at ${new Date(detail.scheduledStart).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}` : ''}
        {detail.reason ? ` · ${detail.reason}` : ''} ·{' '}
        <Anchor component={Link} to={`/patients/${detail.patientId}`}>
          patient's page
        </Anchor>
      </Text>
      <CheckInPanel
        visit={detail}
        canWork={canWork}
        eligibilityRefusal={pending ? `The payer is still answering (reference ${pending}); the answer is recorded when it arrives.` : refusal}
        onCheckIn={() => checkIn.mutate()}
        checkingIn={checkIn.isPending}
        checkInError={checkIn.error}
        onRunEligibility={() => runEligibility.mutate(detail)}
        runningEligibility={runEligibility.isPending}
        onSaveResponsibility={(body) => responsibility.mutate(body)}
        savingResponsibility={responsibility.isPending}
        responsibilityError={responsibility.error}
      />
      {canWork && refusal && detail.eligibility && <EligibilityRecordForm onSubmit={(answer) => recordEligibility.mutate({ detail, answer })} busy={recordEligibility.isPending} error={recordEligibility.error} />}
      <VisitPayments
        organizationId={organizationId}
        encounterId={encounterId}
        patientId={detail.patientId}
        canTake={allows(roles, PAYMENT_ROLES) && detail.state !== 'cancelled' && detail.state !== 'no-show'}
        suggestedCents={detail.patientResponsibility.estimateCents ?? detail.eligibility?.pointOfService.copayCents ?? null}
      />
      {allows(roles, BALANCE_ROLES) && <PatientBalance organizationId={organizationId} patientId={detail.patientId} />}
    </Stack>
  );
}
