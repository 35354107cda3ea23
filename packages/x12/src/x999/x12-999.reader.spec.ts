import { wrap } from '../../test/fixtures/envelope.fixture';
import { read999 } from './x12-999.reader';

const FILE = wrap([
  'AK1*HC*17456*005010X222A1',
  'AK2*837*0001*005010X222A1',
  'IK5*A',
  'AK2*837*0002',
  'IK3*CLM*22*2300*8',
  'CTX*CLM01:PCN-22',
  'IK4*2:1*782*7*ABC',
  'CTX*SITUATIONAL TRIGGER*CLM*22*2300*5:3',
  'IK5*R*5*I5',
  'AK2*837*0003',
  'IK3*REF*57**3',
  'IK5*E',
  'AK9*P*3*3*2*4',
], { setId: '999', version: '005010X231A1' });

describe('read999', () => {
  const { transactions, errors } = read999(FILE);
  const ack = transactions[0]!;

  it('reads AK1 and AK9 with partially accepted status and counts', () => {
    expect(errors).toEqual([]);
    expect(ack.group).toEqual({ functionalId: 'HC', controlNumber: '17456', version: '005010X222A1' });
    expect(ack).toMatchObject({ groupStatus: 'P', groupStatusLabel: 'partially-accepted', includedCount: 3, receivedCount: 3, acceptedCount: 2, groupErrorCodes: ['4'] });
  });

  it('reads accepted, rejected and accepted-with-errors transaction responses', () => {
    expect(ack.transactions.map((t) => [t.controlNumber, t.status, t.statusLabel, t.errorCodes])).toEqual([
      ['0001', 'A', 'accepted', []], ['0002', 'R', 'rejected', ['5', 'I5']], ['0003', 'E', 'accepted-with-errors', []],
    ]);
    expect(ack.transactions[0]!.implementationRef).toBe('005010X222A1');
  });

  it('ties IK3/IK4 errors to the claim through CTX', () => {
    const t = ack.transactions[1]!;
    expect(t.claimIds).toEqual(['PCN-22']);
    expect(t.segmentErrors).toEqual([{
      segmentId: 'CLM', position: 22, loopId: '2300', code: '8', contexts: [{ name: 'CLM01', value: 'PCN-22' }],
      elementErrors: [{
        position: 2, componentPosition: 1, dataElementReference: '782', code: '7', badValue: 'ABC',
        contexts: [{ name: 'SITUATIONAL TRIGGER', segmentId: 'CLM', segmentPosition: 22, loopId: '2300', elementPosition: '5:3' }],
      }],
    }]);
  });

  it('reports an IK4 without IK3 at its position instead of crashing', () => {
    const bad = wrap(['AK1*HC*1', 'AK2*837*0001', 'IK4*2**7', 'IK5*R', 'AK9*R*1*1*0'], { setId: '999', version: '005010X231A1' });
    expect(read999(bad).errors).toEqual([expect.objectContaining({ code: 'SEGMENT_OUT_OF_PLACE', segmentId: 'IK4', segmentIndex: 5 })]);
  });
});
