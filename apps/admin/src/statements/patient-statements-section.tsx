import { Divider, Paper, Stack, Title } from '@mantine/core';
import { PatientDisputes } from './patient-disputes';
import { PatientStatementsTable } from './patient-statements-table';
import { StatementAccountPanel } from './statement-account-panel';

/** The patient page's statements: the account (state, consent, hold), the statements sent, and the disputes. */
export function PatientStatementsSection({ organizationId, patientId, canStepDisputes }: { organizationId: string; patientId: string; canStepDisputes: boolean }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="statements-title">
      <Stack>
        <Title order={2} size="h3" id="statements-title">
          Statements
        </Title>
        <StatementAccountPanel organizationId={organizationId} patientId={patientId} />
        <Divider />
        <PatientStatementsTable organizationId={organizationId} patientId={patientId} />
        <Divider />
        <PatientDisputes organizationId={organizationId} patientId={patientId} canStep={canStepDisputes} />
      </Stack>
    </Paper>
  );
}
