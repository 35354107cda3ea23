import type { RosterMember, RosterPayer } from './roster.types';

/** The payers of the default roster: fictional, with ids that cannot collide with real Availity payer ids. */
export const DEFAULT_PAYERS: readonly RosterPayer[] = [
  { id: 'SIMPAYER1', name: 'Simulated Health Plan' },
  { id: 'SIMPAYER2', name: 'Simulated Medicare Advantage' },
];

const PPO = { payerId: 'SIMPAYER1', planName: 'Simulated PPO Gold', groupNumber: 'GRP1001', planBeginDate: '2026-01-01', planEndDate: '2026-12-31' };

/**
 * The default members: fictional people, each showing one case the eligibility path must handle. Money in integer
 * cents; every date is an ISO calendar date.
 */
export const DEFAULT_MEMBERS: readonly RosterMember[] = [
  {
    ...PPO, memberId: 'SIM100001', firstName: 'Ada', lastName: 'Testperson', birthDate: '1980-04-12', relationshipCode: '18',
    active: true, copayCents: 2500, coinsuranceBasisPoints: 2000, inNetwork: true,
    deductible: { totalCents: 150000, remainingCents: 90000 }, outOfPocket: { totalCents: 500000, remainingCents: 410000 },
  },
  {
    ...PPO, memberId: 'SIM100001', firstName: 'Ben', lastName: 'Testperson', birthDate: '2014-09-03', relationshipCode: '19',
    subscriber: { firstName: 'Ada', lastName: 'Testperson', birthDate: '1980-04-12' },
    active: true, copayCents: 1500, coinsuranceBasisPoints: 2000, inNetwork: true,
    deductible: { totalCents: 150000, remainingCents: 150000 }, outOfPocket: { totalCents: 500000, remainingCents: 500000 },
  },
  {
    ...PPO, planName: 'Simulated HDHP Bronze', groupNumber: 'GRP1002', memberId: 'SIM100002', firstName: 'Cleo', lastName: 'Sample',
    birthDate: '1991-11-30', relationshipCode: '18', active: true, copayCents: 0, coinsuranceBasisPoints: 3000, inNetwork: true,
    deductible: { totalCents: 600000, remainingCents: 600000 }, outOfPocket: { totalCents: 800000, remainingCents: 800000 },
  },
  {
    ...PPO, memberId: 'SIM100003', firstName: 'Dev', lastName: 'Example', birthDate: '1975-02-17', relationshipCode: '18',
    planEndDate: '2026-06-30', active: false, copayCents: 2500, coinsuranceBasisPoints: 2000, inNetwork: true,
    deductible: { totalCents: 150000, remainingCents: 0 }, outOfPocket: { totalCents: 500000, remainingCents: 120000 },
  },
  {
    ...PPO, memberId: 'SIM100004', firstName: 'Eve', lastName: 'Outnet', birthDate: '1968-07-21', relationshipCode: '18',
    active: true, copayCents: 0, coinsuranceBasisPoints: 4000, inNetwork: false,
    deductible: { totalCents: 300000, remainingCents: 250000 }, outOfPocket: { totalCents: 1000000, remainingCents: 990000 },
  },
  {
    payerId: 'SIMPAYER2', planName: 'Simulated Advantage HMO', groupNumber: 'MA2026', planBeginDate: '2026-01-01',
    memberId: 'SIM200001', firstName: 'Finn', lastName: 'Oldtimer', birthDate: '1950-01-05', relationshipCode: '18',
    active: true, copayCents: 1000, coinsuranceBasisPoints: 0, inNetwork: true,
    deductible: { totalCents: 0, remainingCents: 0 }, outOfPocket: { totalCents: 390000, remainingCents: 372500 },
  },
];
