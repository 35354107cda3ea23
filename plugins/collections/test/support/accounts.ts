import type { PlacementAccount } from '@openrcm/sdk';

/** Two accounts as core places them: fictional people, every field the SDK has filled on the first. */
export const ACCOUNTS: readonly PlacementAccount[] = [
  {
    accountNumber: 'PA-1001',
    debtorName: 'José Núñez',
    debtorAddress: ['12 Elm Street, Apt 4', 'Springfield, IL 62704'],
    debtorPhone: '217-555-0101',
    debtorTimeZone: 'America/Chicago',
    creditorName: 'Harness Clinic',
    balanceCents: 45_250,
    itemizationDate: '2026-01-05',
    lastPaymentDate: '2025-12-01',
    itemization: { reference: 'last-statement', atItemizationCents: 50_250, interestCents: 0, feesCents: 0, paymentsCents: 5_000, creditsCents: 0 },
    serviceDates: { first: '2025-10-02', last: '2025-11-14' },
    validationNoticeSentOn: '2026-02-02',
  },
  {
    accountNumber: 'PA-1002',
    debtorName: 'Dana "DJ" Smith, Jr.',
    debtorAddress: ['400 Oak Ave', 'Columbus, OH 43004'],
    balanceCents: 12_000,
    itemizationDate: '2026-01-10',
  },
];
