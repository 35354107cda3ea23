import { Alert, Anchor, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { PatientDetail } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { PatientPaymentsSection } from '../patient-payments/patient-payments-section';
import { PaymentPlansSection } from '../patient-payments/payment-plans-section';
import { PatientCollectionsSection } from '../collections/patient/patient-collections-section';
import {
  allows,
  BALANCE_ROLES,
  COLLECTION_READER_ROLES,
  COLLECTION_WORKER_ROLES,
  DISPUTE_STEP_ROLES,
  FRONT_DESK_WRITE_ROLES,
  PATIENT_PAYMENT_ROLES,
  PAYMENT_PLAN_CANCEL_ROLES,
  PAYMENT_PLAN_ROLES,
  SCHEDULING_ROLES,
  STATEMENT_READER_ROLES,
} from '../session/permissions';
import { PatientStatementsSection } from '../statements/patient-statements-section';
import { CoveragesSection } from './coverages-section';
import { GuarantorSection } from './guarantor-section';
import { PatientBalance } from './patient-balance';
import { usePatient } from './patient-queries';

/** Other registrations that may be the same person (the server's duplicate rules), flagged for review. */
function PossibleDuplicates({ organizationId, patientId }: { organizationId: string; patientId: string }) {
  const duplicates = useQuery({
    queryKey: ['patient', organizationId, patientId, 'possible-duplicates'],
    queryFn: () => expectOk<PatientDetail[]>(api.GET('/api/organizations/{organizationId}/patients/{patientId}/possible-duplicates', { params: { path: { organizationId, patientId } } })),
  });
  if (duplicates.error) return <Alert color="red" role="alert">{messageOf(duplicates.error)}</Alert>;
  if (!duplicates.data || duplicates.data.length === 0) return null;
  return (
    <Alert color="orange" title="Possible duplicate registrations" role="status">
      <Text size="sm">These patients share this one's identifiers; check that they are different people before billing.</Text>
      <List size="sm">
        {duplicates.data.map((candidate) => (
          <List.Item key={candidate.id}>
            <Anchor component={Link} to={`/patients/${candidate.id}`} c="inherit" underline="always">
              {candidate.lastName}, {candidate.firstName} ({candidate.birthDate}
              {candidate.accountNumber ? `, account ${candidate.accountNumber}` : ''})
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Demographics({ patient }: { patient: PatientDetail }) {
  const address = patient.address;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="demographics-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="demographics-title">
          Demographics
        </Title>
        <Text>
          Born {patient.birthDate} · sex {patient.sex} · account {patient.accountNumber ?? 'none'} · SSN {patient.ssnLast4 ? `***-**-${patient.ssnLast4}` : 'not on file'}
        </Text>
        <Text>{address ? `${address.line1}${address.line2 ? `, ${address.line2}` : ''}, ${address.city} ${address.state} ${address.postalCode}` : 'No address on file.'}</Text>
      </Stack>
    </Paper>
  );
}

/** One patient for the front desk: demographics, possible duplicates, guarantor, coverages, balance by party, statements, payments, payment plans and collections. */
export function PatientPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const patientId = useParams().patientId ?? '';
  const patient = usePatient(organizationId, patientId);
  const canEdit = allows(roles, FRONT_DESK_WRITE_ROLES);

  if (patient.isPending) return <Loader aria-label="Loading the patient" />;
  if (patient.error) return <Alert color="red" role="alert">{messageOf(patient.error)}</Alert>;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {patient.data.lastName}, {patient.data.firstName}
        </Title>
        {allows(roles, SCHEDULING_ROLES) && (
          <Button component={Link} to={`/appointments?patientId=${patientId}`} variant="light">
            Schedule an appointment
          </Button>
        )}
      </Group>
      <PossibleDuplicates organizationId={organizationId} patientId={patientId} />
      <Demographics patient={patient.data} />
      <GuarantorSection organizationId={organizationId} patientId={patientId} canEdit={canEdit} />
      <CoveragesSection organizationId={organizationId} patientId={patientId} canEdit={canEdit} />
      {allows(roles, BALANCE_ROLES) && <PatientBalance organizationId={organizationId} patientId={patientId} />}
      {allows(roles, STATEMENT_READER_ROLES) && <PatientStatementsSection organizationId={organizationId} patientId={patientId} canStepDisputes={allows(roles, DISPUTE_STEP_ROLES)} />}
      {allows(roles, PATIENT_PAYMENT_ROLES) && <PatientPaymentsSection organizationId={organizationId} patientId={patientId} />}
      {allows(roles, PAYMENT_PLAN_ROLES) && <PaymentPlansSection organizationId={organizationId} patientId={patientId} canCancel={allows(roles, PAYMENT_PLAN_CANCEL_ROLES)} />}
      {allows(roles, COLLECTION_READER_ROLES) && <PatientCollectionsSection organizationId={organizationId} patientId={patientId} canWork={allows(roles, COLLECTION_WORKER_ROLES)} />}
    </Stack>
  );
}
