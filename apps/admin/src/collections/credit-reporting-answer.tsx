import { Alert, List, Loader, Stack, Text, Title } from '@mantine/core';
import { messageOf } from '../api/problem';
import { useCreditReporting } from './collection-queries';
import { creditRuleText } from './collection-words';

/** Whether the placed debt may be reported to a credit bureau today under the debtor's state rule, and every reason it may not. */
export function CreditReportingAnswer({ organizationId, placementId }: { organizationId: string; placementId: string }) {
  const answer = useCreditReporting(organizationId, placementId);
  return (
    <Stack gap="xs" component="section" aria-labelledby="credit-reporting-title">
      <Title order={2} size="h3" id="credit-reporting-title">
        Credit reporting
      </Title>
      {answer.isPending && <Loader aria-label="Loading the credit-reporting answer" />}
      {answer.error && (
        <Alert color="orange" role="status" title="No answer">
          {messageOf(answer.error)}
        </Alert>
      )}
      {answer.data && (
        <>
          <Text fw={600}>{answer.data.allowed ? `May be reported today, under the ${answer.data.state} rule.` : `May not be reported today, under the ${answer.data.state} rule:`}</Text>
          {!answer.data.allowed && (
            <List size="sm">
              {answer.data.refusals.map((refusal) => (
                <List.Item key={refusal.code}>
                  {refusal.message}
                  {refusal.allowedFrom ? ` (allowed from ${refusal.allowedFrom})` : ''}
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm" c="dimmed">
            The {answer.data.state} rule: {creditRuleText(answer.data.rule)}.
          </Text>
        </>
      )}
    </Stack>
  );
}
