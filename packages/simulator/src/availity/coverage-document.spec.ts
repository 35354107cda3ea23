import { DEFAULT_MEMBERS } from '../roster/default-roster';
import type { RosterMember } from '../roster/roster.types';
import { coverageDocument, dateTime, money } from './coverage-document';

const ada = DEFAULT_MEMBERS[0] as RosterMember;
const form = { payerId: 'SIMPAYER1', memberId: 'SIM100001', patientBirthDate: '1980-04-12', serviceType: '98', asOfDate: '2026-03-02' };
const complete = { code: '4', text: 'Complete' };

describe('coverageDocument', () => {
  it('writes cents as exact dollar strings and dates as Availity date-times', () => {
    expect([money(0), money(5), money(2550), money(123456)]).toEqual(['0.00', '0.05', '25.50', '1234.56']);
    expect(dateTime('2026-01-01')).toBe('2026-01-01T00:00:00.000+0000');
  });

  it('lists the plan with the requested service type, fractional coinsurance and no copay when the plan has none', () => {
    const member = { ...ada, copayCents: 0, coinsuranceBasisPoints: 2050 };
    const document = coverageDocument({ id: '1', status: complete, form, createdDate: new Date('2026-03-02T10:00:00Z'), member });
    const [plan] = document.plans as Record<string, unknown>[];
    const [benefit] = plan?.benefits as Record<string, unknown>[];
    expect(benefit).toMatchObject({ type: '98', statusCode: '1', name: 'Professional (Physician) Visit - Office' });
    expect(benefit?.amounts).toMatchObject({ coInsurance: { inNetwork: [{ amount: '20.50', units: 'Percent' }] } });
    expect(benefit?.amounts).not.toHaveProperty('coPayment');
    expect(document).toMatchObject({ statusCode: '4', asOfDate: '2026-03-02T00:00:00.000+0000', requestedServiceType: [{ code: '98' }] });
  });

  it('lists no plans while in progress, and marks a plan inactive outside its dates', () => {
    const inProgress = coverageDocument({ id: '1', status: { code: '0', text: 'In Progress' }, form, createdDate: new Date(), member: ada });
    expect(inProgress.plans).toEqual([]);
    const lastYear = coverageDocument({ id: '1', status: complete, form: { ...form, asOfDate: '2025-12-31' }, createdDate: new Date(), member: ada });
    expect((lastYear.plans as Record<string, unknown>[])[0]).toMatchObject({ statusCode: '6', payerNotes: [expect.objectContaining({ message: expect.any(String) })] });
  });
});
