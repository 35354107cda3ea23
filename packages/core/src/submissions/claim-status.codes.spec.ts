import { describeStatus, fieldToFix, statusOutcomeOf } from './claim-status.codes';

describe('277CA status codes', () => {
  it('accepts A1/A2, rejects A3/A4/A6/A7/A8 and leaves A0/A5 and others alone', () => {
    const outcomes = ['A1', 'A2', 'A3', 'A4', 'A6', 'A7', 'A8', 'A0', 'A5', 'P1'].map((category) => statusOutcomeOf({ category, code: '20' }));
    expect(outcomes).toEqual(['accepted', 'accepted', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'other', 'other', 'other']);
  });

  it('names the field to fix from the status code and the entity', () => {
    expect(fieldToFix({ category: 'A7', code: '164', entity: 'IL' })).toBe("the subscriber's member id on the coverage (837P 2010BA NM109)");
    expect(fieldToFix({ category: 'A7', code: '562', entity: '82' })).toBe("the rendering provider's NPI (837P 2310B NM109)");
    expect(fieldToFix({ category: 'A7', code: '562', entity: '85' })).toBe("the billing provider's NPI (837P 2010AA NM109)");
    expect(fieldToFix({ category: 'A7', code: '187' })).toBe('the date of service (837P 2400 DTP*472)');
    expect(fieldToFix({ category: 'A7', code: '9999' })).toBeUndefined();
  });

  it('describes a rejection in words', () => {
    expect(describeStatus({ category: 'A7', code: '164', entity: 'IL' })).toBe(
      "A7 rejected for invalid information: entity's contract/member number (subscriber) — fix the subscriber's member id on the coverage (837P 2010BA NM109)",
    );
    expect(describeStatus({ category: 'A3', code: '9999' })).toBe('A3 returned as unprocessable: status code 9999');
  });
});
