import { describe, expect, it } from 'vitest';
import { disputeBody } from './dispute-draft';

const DRAFT = { medium: 'paper' as const, receivedOn: '2026-03-12', disputed: '120.50', note: 'Says the visit was covered.' };

describe('a debt dispute as the form edits it', () => {
  it('sends the amount as integer cents read from the digits', () => {
    expect(disputeBody(DRAFT)).toEqual({ body: { medium: 'paper', receivedOn: '2026-03-12', disputedCents: 12_050, note: 'Says the visit was covered.' } });
    expect(disputeBody({ ...DRAFT, disputed: '$1,000' })).toMatchObject({ body: { disputedCents: 100_000 } });
  });

  it('refuses an amount that is not dollars above zero, and a missing date, on their fields', () => {
    for (const typed of ['', '0', '0.00', '-5', 'all of it', '1.234']) expect(disputeBody({ ...DRAFT, disputed: typed })).toEqual({ errors: { disputedCents: 'Enter the amount disputed in dollars, such as 120.00' } });
    expect(disputeBody({ ...DRAFT, receivedOn: '' })).toEqual({ errors: { receivedOn: 'Enter the date the dispute was received' } });
  });
});
