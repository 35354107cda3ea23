import type { Coverage } from '../../coverages/coverage.entity';
import { coverageChanges } from './coverage-change';

const coverage = { effectiveFrom: '2026-01-01', effectiveTo: null } as Coverage;

describe('coverageChanges', () => {
  it('finds nothing when the payer agrees with the registration, or when the check failed to answer', () => {
    expect(coverageChanges(coverage, { outcome: 'active', planBegin: '2026-01-01', messages: [], retryable: false }, '2026-03-02')).toEqual([]);
    expect(coverageChanges(coverage, { outcome: 'error', messages: [], retryable: true }, '2026-03-02')).toEqual([]);
  });

  it('reports inactive coverage and an unknown member', () => {
    expect(coverageChanges(coverage, { outcome: 'inactive', messages: [], retryable: false }, '2026-03-02')).toEqual(['the payer reports the coverage inactive on 2026-03-02']);
    expect(coverageChanges(coverage, { outcome: 'not-found', messages: [], retryable: false }, '2026-03-02')).toEqual([
      'the payer does not find the member id on file (as of 2026-03-02)',
    ]);
  });

  it('reports new plan dates', () => {
    expect(coverageChanges(coverage, { outcome: 'active', planBegin: '2026-02-01', planEnd: '2026-06-30', messages: [], retryable: false }, '2026-03-02')).toEqual([
      'the plan begins 2026-02-01 at the payer, 2026-01-01 on file',
      'the plan ends 2026-06-30 at the payer, open-ended on file',
    ]);
  });
});
