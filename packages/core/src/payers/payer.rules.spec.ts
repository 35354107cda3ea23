import { CLAIM_FILING_INDICATORS, checkPayer, type PayerFields } from './payer.rules';

const good: PayerFields = { name: ' Aetna ', payerId: ' 60054 ', claimFilingIndicator: 'ci', timelyFilingDays: 180, appealLimitDays: 60, followUpDays: 45, authorizationRequiredCodes: ['70553', 'e0601', '70553'] };

describe('payer rules', () => {
  it('normalizes a good payer and de-duplicates procedure codes', () => {
    expect(checkPayer(good)).toEqual({
      value: { name: 'Aetna', payerId: '60054', claimFilingIndicator: 'CI', timelyFilingDays: 180, appealLimitDays: 60, followUpDays: 45, authorizationRequiredCodes: ['70553', 'E0601'] },
      issues: [],
    });
  });

  it('knows the 23 SBR09 codes of the 837P', () => {
    expect(CLAIM_FILING_INDICATORS).toHaveLength(23);
    for (const code of CLAIM_FILING_INDICATORS) expect(checkPayer({ ...good, claimFilingIndicator: code }).issues).toEqual([]);
  });

  it('names every bad field, and the position of a bad procedure code', () => {
    const { issues } = checkPayer({ ...good, name: '', payerId: 'X', claimFilingIndicator: '10', timelyFilingDays: -1, appealLimitDays: 2.5, followUpDays: 366, authorizationRequiredCodes: ['70553', '7055'] });
    expect(issues).toEqual([
      { field: 'name', message: 'required' },
      { field: 'payerId', message: '"X" is not a payer id: 2 to 80 letters A-Z and digits' },
      { field: 'claimFilingIndicator', message: expect.stringMatching(/^"10" is not an SBR09 code \(11, 12, /) },
      { field: 'timelyFilingDays', message: '-1 is not a number of days: a whole number from 1 to 3650' },
      { field: 'appealLimitDays', message: '2.5 is not a number of days: a whole number from 1 to 3650' },
      { field: 'followUpDays', message: '366 is not a follow-up period: a whole number of days from 1 to 365' },
      { field: 'authorizationRequiredCodes.1', message: '"7055" is not a procedure code: five letters A-Z and digits' },
    ]);
  });

  it('takes follow-up days from 1 to 365', () => {
    expect(checkPayer({ ...good, followUpDays: 1 }).issues).toEqual([]);
    expect(checkPayer({ ...good, followUpDays: 365 }).issues).toEqual([]);
    expect(checkPayer({ ...good, followUpDays: 0 }).issues).toEqual([{ field: 'followUpDays', message: '0 is not a follow-up period: a whole number of days from 1 to 365' }]);
  });

  it('accepts payer ids of 2 and 80 characters and refuses 81 and punctuation', () => {
    expect(checkPayer({ ...good, payerId: 'AB' }).issues).toEqual([]);
    expect(checkPayer({ ...good, payerId: 'A'.repeat(80) }).issues).toEqual([]);
    expect(checkPayer({ ...good, payerId: 'A'.repeat(81) }).issues).toHaveLength(1);
    expect(checkPayer({ ...good, payerId: '600-54' }).issues).toHaveLength(1);
  });
});
