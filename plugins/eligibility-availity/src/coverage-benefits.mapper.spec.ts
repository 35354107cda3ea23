import { basisPoints, cents, mapBenefits } from './coverage-benefits.mapper';

const plan = (overrides: Record<string, unknown> = {}) => ({
  statusCode: '1',
  planName: 'Gold',
  coverageStartDate: '2026-01-01T00:00:00.000+0000',
  payerNotes: [{ message: 'Referral required for specialists' }],
  benefits: [
    { type: '1', amounts: { coPayment: { inNetwork: [{ amount: '99.00' }] } } },
    {
      type: '30',
      amounts: {
        coPayment: { outOfNetwork: [{ amount: '60' }], inNetwork: [{ amount: '35.5' }] },
        coInsurance: { inNetwork: [{ amount: '0.2' }] },
        deductibles: { inNetwork: [{ level: 'Family', total: '3000.00', remaining: '2000.00' }, { level: 'Individual', total: '1,500.00', remaining: '$250.25' }] },
        outOfPocket: { outOfNetwork: [{ total: '9000', remaining: '8999.99' }] },
      },
    },
  ],
  ...overrides,
});

describe('mapBenefits', () => {
  it('takes the requested service type, in-network first, the individual level, exact cents', () => {
    const benefits = mapBenefits({ statusCode: '4', plans: [plan()], validationMessages: [{ errorMessage: 'note from Availity' }] }, '30');
    expect(benefits).toEqual({
      active: true,
      planBeginDate: '2026-01-01',
      planEndDate: undefined,
      planName: 'Gold',
      copayCents: 3550,
      coinsuranceBasisPoints: 2000,
      deductible: { totalCents: 150000, remainingCents: 25025, inNetwork: true },
      outOfPocket: { totalCents: 900000, remainingCents: 899999, inNetwork: false },
      messages: ['Referral required for specialists', 'note from Availity'],
      raw: expect.objectContaining({ statusCode: '4' }),
    });
  });

  it('falls back to the 30 benefit, then to the first; picks the active plan over an inactive one', () => {
    expect(mapBenefits({ plans: [plan()] }, 'AL').copayCents).toBe(3550);
    const onlyOne = plan({ benefits: [{ type: '1', amounts: { coPayment: { noNetwork: [{ amount: '10' }] } } }] });
    expect(mapBenefits({ plans: [onlyOne] }, '98').copayCents).toBe(1000);
    const inactive = plan({ statusCode: '6', planName: 'Old' });
    expect(mapBenefits({ plans: [inactive, plan()] }, '30')).toMatchObject({ active: true, planName: 'Gold' });
    expect(mapBenefits({ plans: [inactive] }, '30')).toMatchObject({ active: false, planName: 'Old' });
  });

  it('reads plan dates from the first documented field present, in ISO or US form', () => {
    const dated = plan({ coverageStartDate: undefined, planStartDate: '03/01/2026', eligibilityEndDate: '2026-12-31T00:00:00Z' });
    expect(mapBenefits({ plans: [dated] }, '30')).toMatchObject({ planBeginDate: '2026-03-01', planEndDate: '2026-12-31' });
  });

  it('answers inactive and empty for a coverage without plans, leaving unreadable amounts out', () => {
    expect(mapBenefits({ plans: [] }, '30')).toMatchObject({ active: false, copayCents: undefined, deductible: undefined, messages: [] });
    const odd = plan({ benefits: [{ type: '30', amounts: { coPayment: { inNetwork: [{ amount: 'N/A' }] }, deductibles: { inNetwork: [{ total: 'x' }] } } }] });
    expect(mapBenefits({ plans: [odd] }, '30')).toMatchObject({ copayCents: undefined, deductible: undefined });
  });
});

describe('amount readers', () => {
  it.each([
    ['25', 2500], ['25.5', 2550], ['1,234.56', 123456], ['$10.00', 1000], ['12.345', undefined], ['', undefined],
  ])('cents(%j) = %j', (value, expected) => expect(cents(value)).toBe(expected));

  it.each([
    ['20', 'Percent', 2000], ['20.5', undefined, 2050], ['0.2', undefined, 2000], ['0.125', undefined, 1250],
    ['20%', undefined, 2000], ['0.5', 'Percent', 50], ['1', undefined, 100], ['0', undefined, 0],
  ])('basisPoints(%j, %j) = %j', (value, units, expected) => expect(basisPoints(value, units)).toBe(expected));
});
