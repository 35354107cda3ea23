import { planClaims, type ChargeToBill } from './claim-split';

const DOCTOR = 'doctor-1';
const charge = (index: number, overrides: Partial<ChargeToBill> = {}): ChargeToBill => ({
  chargeId: `charge-${String(index).padStart(3, '0')}`,
  procedureCode: '97110',
  modifiers: ['GP'],
  units: 1,
  unitType: 'UN',
  amountCents: 6000 + index,
  diagnosisPointers: [1],
  dateOfService: '2026-03-02',
  placeOfService: '11',
  renderingProviderId: DOCTOR,
  authorizationId: null,
  enteredAt: new Date(Date.UTC(2026, 2, 2, 12, 0, index)),
  ...overrides,
});

describe('planClaims', () => {
  it('orders lines by date of service, then entry order', () => {
    const [claim] = planClaims(['E119'], [charge(1, { dateOfService: '2026-03-03' }), charge(2), charge(3, { enteredAt: new Date(Date.UTC(2026, 2, 2, 11)) })], DOCTOR);
    expect(claim?.lines.map((line) => [line.chargeId, line.lineNumber])).toEqual([
      ['charge-003', 1],
      ['charge-002', 2],
      ['charge-001', 3],
    ]);
  });

  it('splits 120 lines into claims of 50, 50 and 20 with totals to the cent', () => {
    const charges = Array.from({ length: 120 }, (_, index) => charge(index));
    const claims = planClaims(['E119'], charges, DOCTOR);
    expect(claims.map((claim) => claim.lines.length)).toEqual([50, 50, 20]);
    expect(claims.map((claim) => claim.lines[0]?.lineNumber)).toEqual([1, 1, 1]);
    expect(claims.reduce((sum, claim) => sum + claim.totalChargeCents, 0)).toBe(120 * 6000 + (119 * 120) / 2);
    expect(claims[0]?.totalChargeCents).toBe(50 * 6000 + (49 * 50) / 2);
    expect(new Set(claims.flatMap((claim) => claim.lines.map((line) => line.chargeId))).size).toBe(120);
  });

  it('keeps only the diagnoses each claim points to and remaps the pointers', () => {
    const diagnoses = ['E119', 'I10', 'M545', 'R51', 'Z0000'];
    const charges = [
      ...Array.from({ length: 50 }, (_, index) => charge(index, { diagnosisPointers: [2, 4] })),
      ...Array.from({ length: 3 }, (_, index) => charge(50 + index, { diagnosisPointers: [5, 1] })),
    ];
    const [first, second] = planClaims(diagnoses, charges, DOCTOR);
    expect(first?.diagnoses).toEqual(['I10', 'R51']);
    expect(first?.lines[0]?.diagnosisPointers).toEqual([1, 2]);
    expect(second?.diagnoses).toEqual(['E119', 'Z0000']);
    expect(second?.lines.map((line) => line.diagnosisPointers)).toEqual([
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
  });

  it('puts lines of another rendering provider on a claim of their own', () => {
    const claims = planClaims(['E119'], [charge(1), charge(2, { renderingProviderId: 'doctor-2' }), charge(3)], DOCTOR);
    expect(claims.map((claim) => [claim.renderingProviderId, claim.lines.map((line) => line.chargeId)])).toEqual([
      [DOCTOR, ['charge-001', 'charge-003']],
      ['doctor-2', ['charge-002']],
    ]);
  });

  it('refuses a pointer past the diagnoses', () => {
    expect(() => planClaims(['E119'], [charge(1, { diagnosisPointers: [2] })], DOCTOR)).toThrow('outside');
  });
});
