import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ReportSummary, ReportValue } from '../api/views';
import { counted, formatReportValue, formatWorking, targetStatus } from './report-format';

interface ReportHeadlineProps {
  readonly report: ReportSummary;
  readonly value: ReportValue;
  /** Where the number leads (the report's page with the same filters); plain text without. */
  readonly to?: string;
}

/** The target's mark: on or off target in words (not colour alone), or the label when it has no bound. */
function TargetMark({ report, value }: { report: ReportSummary; value: ReportValue }) {
  if (!report.target) return null;
  const status = targetStatus(report.target, value);
  if (!status) return <Text size="sm">Target {report.target.label}</Text>;
  return (
    <Group gap="xs">
      <Badge color={status === 'on-target' ? 'teal' : 'red'} variant="light" radius="sm">
        {status === 'on-target' ? '✓ On target' : '✗ Off target'}
      </Badge>
      <Text size="sm">Target {report.target.label}</Text>
    </Group>
  );
}

/** A report's headline: the value in its unit (a link to the report when `to` is given), its working and its target. */
export function ReportHeadline({ report, value, to }: ReportHeadlineProps) {
  const shown = counted(value) ? formatReportValue(value.value, report.unit) : 'No data';
  return (
    <Stack gap={4}>
      <Text fz={32} fw={700} lh={1.1}>
        {to ? (
          <Anchor component={Link} to={to} inherit aria-label={`${report.title}: ${shown}. Open the report`}>
            {shown}
          </Anchor>
        ) : (
          shown
        )}
      </Text>
      <Text size="sm">{counted(value) ? `Working: ${formatWorking(value, report.unit)}` : 'Nothing to count in the period (0 ÷ 0).'}</Text>
      <TargetMark report={report} value={value} />
    </Stack>
  );
}
