import { Alert, Anchor, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import { expectOk, messageOf } from '../api/problem';
import type { WorkflowView } from '../api/views';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, GATE_ADMIN_ROLES } from '../session/permissions';
import { MermaidDiagram } from './mermaid-diagram';
import { GateEditorList } from './gate-editor-list';
import { GateHistorySection } from './gate-history-section';
import { useGatesQuery } from './gate-queries';

function WorkflowSection({ organizationId, name, canEdit }: { organizationId: string; name: string; canEdit: boolean }) {
  const workflow = useQuery({
    queryKey: ['workflow', organizationId, name],
    queryFn: () => expectOk<WorkflowView>(api.GET('/api/organizations/{organizationId}/workflows/{name}', { params: { path: { organizationId, name } } })),
  });
  const gates = useGatesQuery(organizationId);
  if (workflow.isPending) return <Loader aria-label={`Loading the ${name} workflow`} />;
  if (workflow.error) return <Alert color="red" role="alert">{messageOf(workflow.error)}</Alert>;
  const { table, guards, mermaid } = workflow.data;
  const policyOf = (check: string) => gates.data?.find((gate) => gate.check === check);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`workflow-${name}`}>
      <Stack>
        <Title order={2} size="h3" id={`workflow-${name}`}>
          {name}
        </Title>
        {table.description && <Text>{table.description}</Text>}
        <MermaidDiagram source={mermaid} title={`${name} lifecycle`} />
        {canEdit && gates.data && (
          <GateEditorList organizationId={organizationId} gates={gates.data.filter((gate) => guards.some((guard) => guard.name === gate.check))} />
        )}
        {!canEdit && guards.length > 0 && (
          <Table aria-label={`Gate checks of the ${name} workflow`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Check</Table.Th>
                <Table.Th>What it checks</Table.Th>
                <Table.Th>Policy</Table.Th>
                <Table.Th>Owner</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {guards.map((guard) => (
                <Table.Tr key={guard.name}>
                  <Table.Td>{guard.name}</Table.Td>
                  <Table.Td>{guard.description}</Table.Td>
                  <Table.Td>{policyOf(guard.name)?.policy ?? '…'}</Table.Td>
                  <Table.Td>{policyOf(guard.name)?.ownerRole ?? policyOf(guard.name)?.ownerUserId ?? '…'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

/** Every lifecycle of the installation drawn from the table the engine runs, with its gate checks (editable by administrators) and their change history. */
export function WorkflowsPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const names = useQuery({
    queryKey: ['workflows', organizationId],
    queryFn: () => expectOk<string[]>(api.GET('/api/organizations/{organizationId}/workflows', { params: { path: { organizationId } } })),
  });

  return (
    <Stack>
      <Title order={1} size="h2">
        Workflows
      </Title>
      {allows(roles, GATE_ADMIN_ROLES) && (
        <Text>
          Change a check&apos;s policy or owner below; every check and the stop-the-line window are in{' '}
          <Anchor component={Link} to="/gates">
            Gate settings
          </Anchor>
          .
        </Text>
      )}
      {names.isPending && <Loader aria-label="Loading the workflows" />}
      {names.error && <Alert color="red" role="alert">{messageOf(names.error)}</Alert>}
      {names.data?.map((name) => <WorkflowSection key={name} organizationId={organizationId} name={name} canEdit={allows(roles, GATE_ADMIN_ROLES)} />)}
      <GateHistorySection organizationId={organizationId} />
    </Stack>
  );
}
