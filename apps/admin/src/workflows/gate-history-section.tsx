import { Alert, Button, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { messageOf } from '../api/problem';
import { GateHistoryList } from './gate-history-list';
import { useGateHistoryQuery } from './gate-queries';

const STEP = 20;
/** The server's largest page. */
const MAX_SHOWN = 200;

/** Who changed which gate check or setting, and when; newest first, older changes on request. */
export function GateHistorySection({ organizationId }: { organizationId: string }) {
  const [limit, setLimit] = useState(STEP);
  const history = useGateHistoryQuery(organizationId, limit);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="gate-history">
      <Stack>
        <Title order={2} size="h3" id="gate-history">
          Change history
        </Title>
        {history.isPending && <Loader aria-label="Loading the gate change history" />}
        {history.error && <Alert color="red" role="alert">{messageOf(history.error)}</Alert>}
        {history.data && (
          <>
            <GateHistoryList changes={history.data.items} />
            <Text size="sm">
              {history.data.items.length} of {history.data.total} change(s), newest first.
            </Text>
            {history.data.total > history.data.items.length && limit < MAX_SHOWN && (
              <Button variant="default" w="fit-content" onClick={() => setLimit(Math.min(limit + STEP, MAX_SHOWN))} loading={history.isFetching}>
                Show older changes
              </Button>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
