import { OperationResults, systemContext, ValidationError, type ClearinghouseConnector, type EligibilityRequest, type OperationResult } from '@openrcm/sdk';
import { InMemoryControlNumberSequence, read270 } from '@openrcm/x12';
import { response271 } from '../../../test/fixtures/x12-271.fixture';
import { X12EligibilityProvider } from './x12-eligibility.provider';

const REQUEST: EligibilityRequest = {
  payerId: 'ACME', providerNpi: '1234567893', memberId: 'M1',
  patient: { firstName: 'KID', lastName: 'DOE', birthDate: '2015-02-03' },
  subscriber: { firstName: 'JANE', lastName: 'DOE', birthDate: '1980-02-03' }, relationshipCode: '19',
  serviceTypeCode: '98', asOfDate: '2026-01-15',
};
const context = systemContext('org-1', 'test');

function connector(answer: (x12: string) => OperationResult<string>, realTime = true): ClearinghouseConnector & { sent: string[] } {
  const sent: string[] = [];
  return {
    id: 'fake', sent,
    capabilities: { submitClaims: false, receiveDocuments: false, realTimeEligibility: realTime, claimStatus: false },
    submitBatch: async () => OperationResults.exception('not here', false),
    checkEligibility: async (_context, x12) => { sent.push(x12); return answer(x12); },
  };
}

function provider(c: ClearinghouseConnector) {
  return new X12EligibilityProvider({
    connector: c, sequence: new InMemoryControlNumberSequence({ interchange: 41 }), payerName: () => 'ACME HEALTH', providerName: 'GOOD CLINIC',
    envelope: { sender: { qualifier: 'ZZ', id: 'OPENRCM' }, receiver: { qualifier: 'ZZ', id: 'CLEARING' }, usage: 'T' },
    now: () => new Date('2026-01-15T14:30:00Z'), referenceId: () => 'REF1',
  });
}

describe('X12EligibilityProvider', () => {
  it('sends a 270 for the dependent under the subscriber and maps the 271 that echoes its trace', async () => {
    const c = connector(() => OperationResults.success(response271({ lastName: 'DOE', memberId: 'M1' }, {
      dependent: { lastName: 'DOE', firstName: 'KID', traceNumber: 'REF1', benefits: [{ info: '1', serviceTypes: ['30'] }, { info: 'B', serviceTypes: ['98'], amountCents: 1500 }] },
    })));
    const result = await provider(c).check(context, REQUEST);
    expect(result).toMatchObject({ status: 'SUCCESS', value: { active: true, copayCents: 1500 } });
    const { transactions, errors, interchanges } = read270(c.sent[0]!);
    expect(errors).toEqual([]);
    expect(interchanges[0]).toMatchObject({ controlNumber: '000000041' });
    expect(transactions).toEqual([{
      referenceId: 'REF1', traceNumber: 'REF1', createdDate: '2026-01-15', createdTime: '14:30',
      payer: { name: 'ACME HEALTH', id: 'ACME' }, provider: { entityType: '2', lastName: 'GOOD CLINIC', npi: '1234567893' },
      subscriber: { lastName: 'DOE', firstName: 'JANE', memberId: 'M1' },
      dependent: { lastName: 'DOE', firstName: 'KID', birthDate: '2015-02-03' },
      serviceTypes: ['98'], asOfDate: '2026-01-15',
    }]);
  });

  it('refuses a 271 that answers another inquiry', async () => {
    const c = connector(() => OperationResults.success(response271({ lastName: 'DOE', memberId: 'M1', traceNumber: 'OTHER', benefits: [{ info: '1' }] })));
    expect(await provider(c).check(context, { ...REQUEST, subscriber: undefined, relationshipCode: '18' })).toEqual({
      status: 'EXCEPTION', message: 'the 271 answers another inquiry (its TRN02 does not echo ours)', retryable: false,
    });
  });

  it('passes the connector\'s exception through (a timeout stays retryable, never inactive)', async () => {
    const c = connector(() => OperationResults.exception('timed out after 20000 ms', true));
    expect(await provider(c).check(context, REQUEST)).toEqual({ status: 'EXCEPTION', message: 'timed out after 20000 ms', retryable: true });
  });

  it('turns a pending answer into a retryable exception, since a real-time 270 has no follow-up', async () => {
    const c = connector(() => OperationResults.pending('ref-9'));
    expect(await provider(c).check(context, REQUEST)).toEqual({ status: 'EXCEPTION', message: 'connector fake answered a real-time 270 as pending; ask again', retryable: true });
  });

  it('answers an exception for an answer that is not a 271', async () => {
    const c = connector(() => OperationResults.success('not x12 at all'));
    expect(await provider(c).check(context, REQUEST)).toMatchObject({ status: 'EXCEPTION', retryable: false });
  });

  it('refuses a connector without the real-time capability', async () => {
    const c = connector(() => OperationResults.success(''), false);
    expect(await provider(c).check(context, REQUEST)).toEqual({ status: 'EXCEPTION', message: 'connector fake does not send real-time 270s', retryable: false });
    expect(c.sent).toEqual([]);
  });

  it('names every field that cannot go into a 270, without sending anything', async () => {
    const c = connector(() => OperationResults.success(''));
    const bad = { ...REQUEST, memberId: 'M*1', providerNpi: '123', patient: { ...REQUEST.patient, birthDate: '2015-02-30' } };
    const error = await provider(c).check(context, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.field)).toEqual(['providerNpi', 'memberId', 'patient.birthDate']);
    expect(c.sent).toEqual([]);
  });
});
