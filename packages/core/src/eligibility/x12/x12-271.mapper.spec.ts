import { read271 } from '@openrcm/x12';
import { response271 } from '../../../test/fixtures/x12-271.fixture';
import { map271ToBenefits } from './x12-271.mapper';

function map(text: string, serviceTypeCode = '98') {
  const response = read271(text).transactions[0];
  if (!response) throw new Error('fixture holds no 271');
  return map271ToBenefits(response, { raw: text, serviceTypeCode });
}

const ACTIVE = {
  lastName: 'DOE', firstName: 'JANE', memberId: 'M1', birthDate: '1980-02-03',
  dates: [{ qualifier: '346', date: '2026-01-01' }, { qualifier: '347', date: '2026-12-31' }],
  benefits: [
    { info: '1', coverageLevel: 'IND', serviceTypes: ['30'], planDescription: 'GOLD PPO' },
    { info: 'B', coverageLevel: 'IND', serviceTypes: ['98'], timePeriod: '27', amountCents: 4000, inNetwork: 'N' },
    { info: 'B', coverageLevel: 'IND', serviceTypes: ['98'], timePeriod: '27', amountCents: 2500, inNetwork: 'Y' },
    { info: 'A', coverageLevel: 'IND', serviceTypes: ['98'], percent: 0.2, inNetwork: 'Y', messages: ['COINSURANCE AFTER DEDUCTIBLE'] },
    { info: 'C', coverageLevel: 'FAM', serviceTypes: ['30'], timePeriod: '23', amountCents: 300000, inNetwork: 'Y' },
    { info: 'C', coverageLevel: 'IND', serviceTypes: ['30'], timePeriod: '23', amountCents: 150000, inNetwork: 'Y' },
    { info: 'C', coverageLevel: 'IND', serviceTypes: ['30'], timePeriod: '29', amountCents: 45050, inNetwork: 'Y' },
    { info: 'G', coverageLevel: 'IND', serviceTypes: ['30'], timePeriod: '23', amountCents: 500000, inNetwork: 'Y' },
    { info: 'G', coverageLevel: 'IND', serviceTypes: ['30'], timePeriod: '24', amountCents: 120000, inNetwork: 'Y' },
  ],
};

describe('map271ToBenefits', () => {
  it('maps active coverage: plan dates and name, in-network copay, coinsurance in basis points, IND deductible and OOP remaining', () => {
    const text = response271(ACTIVE);
    expect(map(text)).toEqual({
      status: 'SUCCESS',
      value: {
        active: true, planBeginDate: '2026-01-01', planEndDate: '2026-12-31', planName: 'GOLD PPO',
        copayCents: 2500, coinsuranceBasisPoints: 2000,
        deductible: { totalCents: 150000, remainingCents: 45050, inNetwork: true },
        outOfPocket: { totalCents: 500000, remainingCents: 380000, inNetwork: true },
        messages: ['COINSURANCE AFTER DEDUCTIBLE'], raw: text,
      },
    });
  });

  it('takes the plan dates of a DTP*291 range on the active benefit when there is no 346/347', () => {
    const text = response271({ lastName: 'DOE', memberId: 'M1', benefits: [{ info: '1', serviceTypes: ['30'], dates: [{ qualifier: '291', date: '2026-02-01', endDate: '2027-01-31' }] }] });
    expect(map(text)).toMatchObject({ status: 'SUCCESS', value: { active: true, planBeginDate: '2026-02-01', planEndDate: '2027-01-31' } });
  });

  it('maps inactive coverage (EB01 6) to a FAILURE that carries the stated benefits', () => {
    const text = response271({ lastName: 'DOE', memberId: 'M1', dates: [{ qualifier: '347', date: '2025-12-31' }], benefits: [{ info: '6', serviceTypes: ['30'] }] });
    expect(map(text)).toEqual({
      status: 'FAILURE', reason: 'the payer reports the coverage inactive', code: 'EB01-6',
      value: { active: false, planEndDate: '2025-12-31', messages: [], raw: text },
    });
  });

  it('takes the office-visit copay (98) for a general inquiry (30), never another service type', () => {
    const benefits = [
      { info: '1', serviceTypes: ['30'] },
      { info: 'B', serviceTypes: ['AL'], amountCents: 9900 },
      { info: 'B', serviceTypes: ['98'], amountCents: 5000, inNetwork: 'N' },
      { info: 'B', serviceTypes: ['98'], amountCents: 2500, inNetwork: 'Y' },
    ];
    const text = response271({ lastName: 'DOE', memberId: 'M1', benefits });
    expect(map(text, '30')).toMatchObject({ status: 'SUCCESS', value: { copayCents: 2500 } });
    const visionOnly = response271({ lastName: 'DOE', memberId: 'M1', benefits: [benefits[0], benefits[1]] as typeof benefits });
    expect((map(visionOnly, '30') as { value: { copayCents?: number } }).value.copayCents).toBeUndefined();
  });

  it('answers for the dependent when the payer answered at the dependent level', () => {
    const text = response271({ lastName: 'DOE', memberId: 'M1' }, { dependent: { lastName: 'DOE', firstName: 'KID', relationship: '19', benefits: [{ info: '1', serviceTypes: ['30'] }, { info: 'B', serviceTypes: ['98'], amountCents: 1000 }] } });
    expect(map(text)).toMatchObject({ status: 'SUCCESS', value: { active: true, copayCents: 1000 } });
  });

  it.each([
    ['72', 'C', 'the payer rejected the inquiry: invalid or missing member id (correct and resubmit)'],
    ['58', 'C', 'the payer rejected the inquiry: invalid or missing date of birth (correct and resubmit)'],
    ['75', 'N', 'the payer rejected the inquiry: subscriber not found (resubmission not allowed)'],
  ])('maps a member AAA %s to a FAILURE with its reason and code', (code, followUp, reason) => {
    const text = response271({ lastName: 'DOE', memberId: 'BAD', errors: [{ validRequest: 'N', rejectReason: code, followUp }] });
    expect(map(text)).toEqual({ status: 'FAILURE', reason, code: `AAA-${code}`, value: { active: false, messages: [], raw: text } });
  });

  it('maps a source AAA 42 to a retryable EXCEPTION, never to inactive coverage', () => {
    const text = response271(undefined, { sourceErrors: [{ validRequest: 'Y', rejectReason: '42', followUp: 'R' }] });
    expect(map(text)).toEqual({ status: 'EXCEPTION', message: 'the payer rejected the inquiry: the payer is unable to respond at the current time (resubmission allowed)', retryable: true });
  });

  it('refuses to read coverage from a 271 that states none', () => {
    expect(map(response271({ lastName: 'DOE', memberId: 'M1', benefits: [{ info: 'B', amountCents: 100 }] }))).toMatchObject({ status: 'EXCEPTION', retryable: false });
    expect(map(response271(undefined))).toEqual({ status: 'EXCEPTION', message: 'the 271 names no subscriber and no rejection', retryable: false });
  });
});
