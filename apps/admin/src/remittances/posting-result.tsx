import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { RemittancePosting } from '../api/views';
import { formatCents } from '../money/cents';

/** What posting did with each check: posted or a duplicate, its claim payments, the unmatched ones and warnings. */
export function PostingResult({ postings, alreadyArchived = false }: { postings: readonly RemittancePosting[]; alreadyArchived?: boolean }) {
  return (
    <Stack gap="xs" role="status" aria-label="Posting result">
      {alreadyArchived && <Text size="sm">This file had been received before; its payments were posted then.</Text>}
      {postings.map((posting) => (
        <Alert key={`${posting.traceNumber}-${posting.remittanceId}`} color={posting.outcome === 'duplicate' ? 'yellow' : posting.unmatched > 0 ? 'orange' : 'green'} title={`Check ${posting.traceNumber}: ${posting.outcome}`}>
          <Text size="sm">
            {posting.outcome === 'duplicate'
              ? `This payment (${formatCents(posting.paymentCents)}) was posted before; nothing changed.`
              : `${formatCents(posting.paymentCents)} posted: ${posting.claimPayments} claim payment(s) matched, ${posting.unmatched} left unmatched.`}{' '}
            <Anchor component={Link} to={`/remittances/${posting.remittanceId}`} c="inherit" underline="always">
              Open the remittance
            </Anchor>
          </Text>
          {posting.warnings.length > 0 && (
            <List size="sm" aria-label={`Warnings of check ${posting.traceNumber}`}>
              {posting.warnings.map((warning, index) => (
                <List.Item key={index}>
                  {warning.code}: {warning.message}
                </List.Item>
              ))}
            </List>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
