import { parseX12 } from '../document';
import { ENVELOPE } from '../../test/fixtures/x837p.fixture';
import { write999 } from './x12-999.builder';
import { read999 } from './x12-999.reader';
import type { Acknowledgment999 } from './x12-999.types';

describe('write999', () => {
  it('round-trips an acknowledgment with IK3/IK4/CTX', () => {
    const ack: Acknowledgment999 = {
      controlNumber: '0001', group: { functionalId: 'HC', controlNumber: '7', version: '005010X222A1' },
      transactions: [
        { setId: '837', controlNumber: '0001', segmentErrors: [], status: 'A', statusLabel: 'accepted', errorCodes: [], claimIds: [] },
        { setId: '837', controlNumber: '0002', status: 'R', statusLabel: 'rejected', errorCodes: ['5'], claimIds: ['PCN-9'],
          segmentErrors: [{ segmentId: 'NM1', position: 9, loopId: '2010AA', code: '8', contexts: [{ name: 'CLM01', value: 'PCN-9' }],
            elementErrors: [{ position: 9, dataElementReference: '67', code: '7', badValue: '1234567890', contexts: [] }] }] },
      ],
      groupStatus: 'P', groupStatusLabel: 'partially-accepted', includedCount: 2, receivedCount: 2, acceptedCount: 1, groupErrorCodes: [],
    };
    const text = write999([ack], ENVELOPE, { interchange: 3, group: 3, transaction: 1 });
    expect(parseX12(text).errors).toEqual([]);
    expect(read999(text).transactions).toEqual([ack]);
  });
});
