/** A dependent on a simulated member's plan. */
export interface SimulatedDependent {
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  /** X12 individual relationship code (01 spouse, 19 child). */
  readonly relationship: string;
}

/** A member of the real-time fake's own small table (the shared roster is wired in by the integrator). */
export interface SimulatedMember {
  readonly memberId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  /** Whether the coverage is active (EB01 1) or inactive (EB01 6). */
  readonly active: boolean;
  readonly planName: string;
  readonly planBegin: string;
  readonly planEnd: string;
  /** Office-visit (98) copay in network, in cents; out of network is twice as much. */
  readonly copayCents: number;
  /** Coinsurance as a fraction (0.2 = 20 %). */
  readonly coinsurance: number;
  readonly deductible: { readonly totalCents: number; readonly remainingCents: number };
  readonly outOfPocket: { readonly totalCents: number; readonly remainingCents: number };
  readonly dependents: readonly SimulatedDependent[];
}

/** The default members: an active subscriber, an active family with a child, an inactive subscriber. */
export const REALTIME_MEMBERS: readonly SimulatedMember[] = [
  {
    memberId: 'RT1001', firstName: 'JANE', lastName: 'DOE', birthDate: '1980-02-03', active: true,
    planName: 'SIM GOLD PPO', planBegin: '2026-01-01', planEnd: '2026-12-31', copayCents: 2500, coinsurance: 0.2,
    deductible: { totalCents: 150_000, remainingCents: 45_050 }, outOfPocket: { totalCents: 500_000, remainingCents: 380_000 }, dependents: [],
  },
  {
    memberId: 'RT1002', firstName: 'MARY', lastName: 'POE', birthDate: '1978-09-10', active: true,
    planName: 'SIM SILVER HMO', planBegin: '2026-01-01', planEnd: '2026-12-31', copayCents: 4000, coinsurance: 0.3,
    deductible: { totalCents: 300_000, remainingCents: 300_000 }, outOfPocket: { totalCents: 700_000, remainingCents: 650_000 },
    dependents: [{ firstName: 'KID', lastName: 'POE', birthDate: '2015-02-03', relationship: '19' }],
  },
  {
    memberId: 'RT1003', firstName: 'JOHN', lastName: 'ROE', birthDate: '1975-06-07', active: false,
    planName: 'SIM BRONZE EPO', planBegin: '2025-01-01', planEnd: '2025-12-31', copayCents: 5000, coinsurance: 0.4,
    deductible: { totalCents: 600_000, remainingCents: 0 }, outOfPocket: { totalCents: 900_000, remainingCents: 0 }, dependents: [],
  },
];
