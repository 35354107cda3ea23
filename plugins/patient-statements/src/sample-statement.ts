import type { StatementDocument } from '@openrcm/sdk';

/** A made-up statement for previews and for checking an edited template before it is saved. */
export const SAMPLE_STATEMENT: StatementDocument = {
  statementId: '00000000-0000-4000-8000-000000000000',
  kind: 'statement',
  statementDate: '2026-12-01',
  dueDate: '2026-12-22',
  accountNumber: 'SAMPLE-001',
  provider: { name: 'Sample Family Clinic', address: ['100 Main Street', 'Springfield, IL 62701'], phone: '(217) 555-0100' },
  patientName: 'Pat Example',
  recipient: { name: 'Pat Example', address: ['12 Elm Street', 'Springfield, IL 62704'] },
  notices: {
    howToPay: 'Pay online, by phone, or by mail.',
    paymentPlans: 'Ask us about a monthly plan.',
    financialAssistance: 'You may qualify for financial assistance.',
    dispute: 'If this bill looks wrong, tell us and we will hold it while we review.',
  },
  lines: [
    { serviceDate: '2026-11-03', description: 'Office visit, established patient', chargeCents: 18_000, insurancePaidCents: 9_600, adjustmentCents: 4_400, deductibleCents: 2_000, coinsuranceCents: 0, copayCents: 2_000, nonCoveredCents: 0 },
  ],
  priorBalanceCents: 0,
  paymentsCents: 0,
  amountDueCents: 4_000,
};
