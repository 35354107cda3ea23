import { Alert, Anchor, Button, Divider, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { messageOf } from '../../api/problem';
import { formatCents } from '../../money/cents';
import { statementKeys } from '../../statements/statement-queries';
import { collectionKeys, usePatientCollections, usePlacements } from '../collection-queries';
import { PLACEMENT_STATES } from '../collection-words';
import { CallCheckForm } from './call-check-form';
import { CollectionDisputesPanel } from './collection-disputes-panel';
import { CollectionEmailForm } from './collection-email-form';
import { CommunicationsLog } from './communications-log';
import { LogCallForm } from './log-call-form';
import { OptOutsPanel } from './opt-outs-panel';

/** The patient's placements with collection agencies, each linking to its page. */
function PatientPlacements({ organizationId, patientId }: { organizationId: string; patientId: string }) {
  const placements = usePlacements(organizationId, { patientId });
  if (placements.error) return <Alert color="red" role="alert">{messageOf(placements.error)}</Alert>;
  if (!placements.data) return null;
  if (placements.data.length === 0) return <Text>The account has never been placed with a collection agency.</Text>;
  return (
    <List aria-label="Placements">
      {placements.data.map((placement) => (
        <List.Item key={placement.id}>
          <Anchor component={Link} to={`/collections/placements/${placement.id}`}>
            Placed {placement.placedOn}, {formatCents(placement.placedCents)}
          </Anchor>
          : {PLACEMENT_STATES[placement.state]} · collected {formatCents(placement.collectedCents)}
        </List.Item>
      ))}
    </List>
  );
}

type Tool = 'check' | 'call' | 'email';

/** The patient page's collections: placements, the communications log, calls (checked and logged under Regulation F), emails, opt-outs and debt disputes. */
export function PatientCollectionsSection({ organizationId, patientId, canWork }: { organizationId: string; patientId: string; canWork: boolean }) {
  const queryClient = useQueryClient();
  const history = usePatientCollections(organizationId, patientId);
  const [tool, setTool] = useState<Tool | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: collectionKeys.patient(organizationId, patientId) });
  const close = () => setTool(null);
  // A debt dispute also opens a dispute on the patient's account (the Statements section's).
  const disputed = () => {
    refresh();
    void queryClient.invalidateQueries({ queryKey: statementKeys.disputes(organizationId, patientId) });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="collections-title">
      <Stack>
        <Title order={2} size="h3" id="collections-title">
          Collections
        </Title>
        <PatientPlacements organizationId={organizationId} patientId={patientId} />
        {history.isPending && <Loader aria-label="Loading the collection history" />}
        {history.error && (
          <Alert color="red" role="alert">
            {messageOf(history.error)}
          </Alert>
        )}
        {history.data && (
          <>
            <Divider />
            <CommunicationsLog organizationId={organizationId} patientId={patientId} communications={history.data.communications} canWork={canWork} onChanged={refresh} />
            {canWork && (
              <Group>
                <Button variant={tool === 'check' ? 'filled' : 'light'} onClick={() => setTool('check')}>
                  Check before calling
                </Button>
                <Button variant={tool === 'call' ? 'filled' : 'light'} onClick={() => setTool('call')}>
                  Log a call
                </Button>
                <Button variant={tool === 'email' ? 'filled' : 'light'} onClick={() => setTool('email')}>
                  Send an email
                </Button>
              </Group>
            )}
            {tool === 'check' && <CallCheckForm organizationId={organizationId} patientId={patientId} onClose={close} />}
            {tool === 'call' && <LogCallForm organizationId={organizationId} patientId={patientId} onLogged={refresh} onClose={close} />}
            {tool === 'email' && <CollectionEmailForm organizationId={organizationId} patientId={patientId} onSent={refresh} onClose={close} />}
            <Divider />
            <OptOutsPanel organizationId={organizationId} patientId={patientId} optOuts={history.data.optOuts} canWork={canWork} onChanged={refresh} />
            <Divider />
            <CollectionDisputesPanel organizationId={organizationId} patientId={patientId} disputes={history.data.disputes} canWork={canWork} onChanged={disputed} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
