import type { Coverage } from '../../coverages/coverage.entity';
import type { RecordedAnswer } from './eligibility-outcome';

/**
 * What the payer's answer says changed about a coverage OpenRCM holds, in words for the registration work item:
 * inactive (or unknown member) on the date checked, or plan dates that differ from the coverage's. Empty when the
 * answer agrees with the registration (or was an error, which says nothing about the coverage).
 */
export function coverageChanges(coverage: Coverage, answer: RecordedAnswer, asOfDate: string): string[] {
  if (answer.outcome === 'error') return [];
  if (answer.outcome === 'inactive') return [`the payer reports the coverage inactive on ${asOfDate}`];
  if (answer.outcome === 'not-found') return [`the payer does not find the member id on file (as of ${asOfDate})`];
  const changes: string[] = [];
  if (answer.planBegin && answer.planBegin !== coverage.effectiveFrom) {
    changes.push(`the plan begins ${answer.planBegin} at the payer, ${coverage.effectiveFrom} on file`);
  }
  if (answer.planEnd && answer.planEnd !== coverage.effectiveTo) {
    changes.push(`the plan ends ${answer.planEnd} at the payer, ${coverage.effectiveTo ?? 'open-ended'} on file`);
  }
  return changes;
}
