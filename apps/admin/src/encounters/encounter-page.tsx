import { Alert, Divider, Loader, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import type { GatePolicy } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, CODING_ROLES, DOCUMENTATION_ROLES, MEMBER_LIST_ROLES, VISIT_ROLES } from '../session/permissions';
import { useSessionQuery } from '../session/session-queries';
import { useGatesQuery } from '../workflows/gate-queries';
import { ChargeEntryForm, type CodePickerProps } from './charge-entry-form';
import { ChargesTable } from './charges-table';
import { CodeSearch } from './code-search';
import { DiagnosesEditor } from './diagnoses-editor';
import { DocumentationForm } from './documentation-form';
import { EncounterHeader } from './encounter-header';
import { useEncounterMutations, useEncounterParties, useEncounterQuery, useMembersQuery } from './encounter-queries';
import { EncounterTransitions } from './encounter-transitions';
import { feePrice } from './fee-price';

/** The states in which charges may be entered or voided (the workflow's `capture-charge`). */
const CHARGE_STATES = ['checked-in', 'documented'];

/**
 * The coding screen of one encounter: header, diagnoses, documentation, charge entry from the superbill and the
 * charges, and the workflow's next steps with the gates' refusals (and exceptions where the policy allows).
 */
export function EncounterPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const encounterId = useParams().encounterId ?? '';
  const encounter = useEncounterQuery(organizationId, encounterId);
  const parties = useEncounterParties(organizationId, encounter.data);
  const gates = useGatesQuery(organizationId);
  const session = useSessionQuery().data;
  const members = useMembersQuery(organizationId, allows(roles, MEMBER_LIST_ROLES));
  const writes = useEncounterMutations(organizationId, encounterId);
  const data = encounter.data;
  const Price = useMemo(() => feePrice(data?.placeOfService ?? '', data?.dateOfService ?? ''), [data?.placeOfService, data?.dateOfService]);
  const ProcedurePicker = useMemo(
    () =>
      function ProcedurePicker(props: CodePickerProps) {
        return <CodeSearch label="Procedure (HCPCS or CPT)" kinds="hcpcs,cpt" onDate={data?.dateOfService ?? ''} {...props} />;
      },
    [data?.dateOfService],
  );

  if (encounter.isPending) return <Loader aria-label="Loading the encounter" />;
  if (encounter.error || !data) return <Alert color="red" role="alert">{messageOf(encounter.error)}</Alert>;

  const policies: Record<string, GatePolicy> = Object.fromEntries((gates.data ?? []).map((gate) => [gate.check, gate.policy]));
  const me = session ? { value: session.user.id, label: `${session.user.displayName} (me)` } : null;
  const others = (members.data ?? []).filter((member) => member.active && member.userId !== me?.value).map((member) => ({ value: member.userId, label: member.displayName }));
  // Diagnoses and charges change only while the workflow takes charges (checked in or documented).
  const coding = allows(roles, CODING_ROLES) && CHARGE_STATES.includes(data.state);
  const documenting = allows(roles, DOCUMENTATION_ROLES) && CHARGE_STATES.includes(data.state);

  return (
    <Stack>
      <EncounterHeader encounter={data} patient={parties.patient} provider={parties.provider} location={parties.location} />
      <Divider />
      <DiagnosesEditor
        key={data.diagnosisCodes.join()}
        codes={data.diagnosisCodes}
        dateOfService={data.dateOfService}
        onSave={coding ? (codes) => writes.setDiagnoses.mutateAsync(codes) : undefined}
        pending={writes.setDiagnoses.isPending}
        error={writes.setDiagnoses.error}
      />
      <Divider />
      <DocumentationForm
        documentation={data.documentation}
        renderingProviderId={data.renderingProviderId}
        onSign={documenting ? (body) => writes.signDocumentation.mutateAsync(body) : undefined}
        pending={writes.signDocumentation.isPending}
        error={writes.signDocumentation.error}
      />
      <Divider />
      <Title order={2} size="h3">
        Charges
      </Title>
      <ChargesTable charges={data.charges} onVoid={coding ? (chargeId, reason) => writes.voidCharge.mutateAsync({ chargeId, reason }) : undefined} />
      {writes.voidCharge.error && <Alert color="red" role="alert">{messageOf(writes.voidCharge.error)}</Alert>}
      {coding && (
        <ChargeEntryForm
          diagnosisCodes={data.diagnosisCodes}
          onSubmit={(request) => writes.enterCharge.mutateAsync(request)}
          pending={writes.enterCharge.isPending}
          CodePicker={ProcedurePicker}
          Price={Price}
        />
      )}
      {writes.enterCharge.error && <Alert color="red" role="alert">{messageOf(writes.enterCharge.error)}</Alert>}
      {allows(roles, VISIT_ROLES) && (
        <>
          <Divider />
          <EncounterTransitions
            encounter={data}
            policies={policies}
            owners={me ? [me, ...others] : others}
            apply={(request) => writes.transition.mutateAsync(request)}
            pending={writes.transition.isPending}
            onRefused={() => void gates.refetch()}
          />
        </>
      )}
    </Stack>
  );
}
