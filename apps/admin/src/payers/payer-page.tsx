import { Alert, Anchor, Loader, Paper, Stack, Title } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { messageOf } from '../api/problem';
import { usePluginsQuery } from '../plugins/plugin-queries';
import { useCurrentOrganization } from '../session/current-organization';
import { allows, PAYER_ADMIN_ROLES } from '../session/permissions';
import { PayerEnrollments } from './payer-enrollments';
import { PayerForm } from './payer-form';
import { usePayerQuery, useSavePayer } from './payer-queries';

/** One payer (`/payers/:payerId`) or a new one (`/payers/new`): its fields, connectors and provider enrollment. */
export function PayerPage() {
  const { organizationId, roles } = useCurrentOrganization();
  const { payerId: routeId } = useParams();
  const payerId = routeId === 'new' ? undefined : routeId;
  const navigate = useNavigate();
  const editor = allows(roles, PAYER_ADMIN_ROLES);
  const payer = usePayerQuery(organizationId, payerId);
  const plugins = usePluginsQuery(organizationId, editor);
  const save = useSavePayer(organizationId, payerId);

  return (
    <Stack>
      <Anchor component={Link} to="/payers">
        All payers
      </Anchor>
      <Title order={1} size="h2">
        {payerId ? (payer.data?.name ?? 'Payer') : 'New payer'}
      </Title>
      {payer.isLoading && <Loader aria-label="Loading the payer" />}
      {payer.error && <Alert color="red" role="alert">{messageOf(payer.error)}</Alert>}
      {plugins.error && <Alert color="yellow">The connectors cannot be listed: {messageOf(plugins.error)}</Alert>}
      {(payerId === undefined || payer.data) && (
        <Paper withBorder p="md" component="section" aria-label="Payer">
          <PayerForm
            key={payer.data?.id ?? 'new'}
            payer={payer.data ?? null}
            plugins={plugins.data ?? null}
            readOnly={!editor}
            onSave={async (body) => {
              const saved = await save.mutateAsync(body);
              if (!payerId) void navigate(`/payers/${saved.id}`, { replace: true });
            }}
          />
        </Paper>
      )}
      {payer.data && <PayerEnrollments organizationId={organizationId} payer={payer.data} readOnly={!editor} />}
    </Stack>
  );
}
