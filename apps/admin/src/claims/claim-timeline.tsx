import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ClaimTimelineEntry, TimelineActor } from '../api/views';
import { dateTime } from '../format/date-time';
import { formatCents } from '../money/cents';

const RELATIONS: Record<Extract<ClaimTimelineEntry, { kind: 'related-claim' }>['relation'], string> = {
  supersedes: 'Sent again for claim',
  'superseded-by': 'Superseded by claim',
  'prior-payer': 'Bills after the prior payer’s claim',
  'next-payer': 'Next payer’s claim',
};

function who(actor: TimelineActor): string {
  return actor.name ?? (actor.type === 'system' ? 'the system' : `${actor.type} ${actor.id}`);
}

/** The label (what kind of thing happened) and the line saying what, with a link to the record where there is one. */
function describe(entry: ClaimTimelineEntry): { label: string; summary: ReactNode } {
  switch (entry.kind) {
    case 'transition':
      return { label: 'State', summary: `${entry.event}: ${entry.from} → ${entry.to}, by ${who(entry.actor)}` };
    case 'scrub-finding':
      return {
        label: 'Scrub finding',
        summary: `${entry.severity} ${entry.rule}${entry.field ? ` (${entry.field})` : ''}: ${entry.message}${entry.overridden ? ' — overridden' : entry.resolvedAt ? ' — resolved' : ' — open'}`,
      };
    case 'finding-overridden':
      return { label: 'Override', summary: `${entry.rule} overridden by ${who(entry.actor)}: ${entry.reason}` };
    case 'file-sent':
      return { label: 'File sent', summary: `${entry.fileKind} ${entry.fileName} — ${entry.state}${entry.reference ? `, reference ${entry.reference}` : ''}${entry.lastError ? `: ${entry.lastError}` : ''}` };
    case 'file-received':
      return { label: 'File received', summary: `${entry.fileKind} ${entry.fileName} — ${entry.outcome}${entry.detail ? `: ${entry.detail}` : ''}` };
    case 'status-inquiry':
      return {
        label: 'Status inquiry',
        summary: `276/277 by ${who(entry.actor)} — ${entry.outcome}${entry.statusCategory ? ` ${entry.statusCategory}${entry.statusCode ? `:${entry.statusCode}` : ''}` : ''}${entry.error ? `: ${entry.error}` : ''}`,
      };
    case 'remittance':
      return {
        label: 'Remittance',
        summary: `835 from ${entry.payerName}, check ${entry.traceNumber}${entry.paymentDate ? ` of ${entry.paymentDate}` : ''}: status ${entry.statusCode}, paid ${formatCents(entry.paymentCents)} of ${formatCents(entry.chargeCents)}${entry.patientResponsibilityCents !== null ? `, patient responsibility ${formatCents(entry.patientResponsibilityCents)}` : ''}`,
      };
    case 'ledger':
      return {
        label: 'Ledger',
        summary: `${entry.entryKind} ${formatCents(entry.amountCents)} (${entry.party})${entry.groupCode ? ` ${entry.groupCode}-${entry.reasonCode ?? ''}` : ''}, ${entry.source}, effective ${entry.effectiveDate}${entry.memo ? ` — ${entry.memo}` : ''}`,
      };
    case 'work-item':
      return {
        label: 'Work item',
        summary: (
          <>
            <Anchor component={Link} to={`/work-items/${entry.workItemId}`}>
              {entry.title}
            </Anchor>{' '}
            — {entry.state}
          </>
        ),
      };
    case 'related-claim':
      return {
        label: 'Related claim',
        summary: (
          <>
            {RELATIONS[entry.relation]}{' '}
            <Anchor component={Link} to={`/claims/${entry.claimId}`}>
              {entry.patientControlNumber}
            </Anchor>{' '}
            (frequency {entry.frequency}, {entry.state})
          </>
        ),
      };
  }
}

/** A claim's timeline, newest first, one entry a line: when, what kind, and what happened (with links to records). */
export function ClaimTimeline({ entries }: { readonly entries: readonly ClaimTimelineEntry[] }) {
  if (entries.length === 0) return <Text c="dimmed">Nothing has happened to this claim yet.</Text>;
  return (
    <Stack component="ol" aria-label="Timeline" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map((entry, index) => {
        const { label, summary } = describe(entry);
        return (
          <Paper component="li" key={`${entry.kind}-${index}`} withBorder p="xs">
            <Group gap="sm" wrap="nowrap" align="baseline">
              <Text size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
                <time dateTime={entry.at}>{dateTime(entry.at)}</time>
              </Text>
              <Badge variant="light" style={{ flexShrink: 0 }}>
                {label}
              </Badge>
              <Text size="sm">{summary}</Text>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
