import { index837P } from './x12-837p.index';

const ISA = 'ISA*00*          *00*          *ZZ*RIVERSIDE01    *ZZ*ACME1          *261130*1200*^*00501*000000042*0*P*:~';

describe('index837P', () => {
  it('reads ISA13, GS06 and the claims (CLM01) of each transaction set (ST02)', () => {
    const x12 = [
      ISA,
      'GS*HC*RIVERSIDE01*ACME1*20261130*1200*77*X*005010X222A1~',
      'ST*837*0001*005010X222A1~',
      'CLM*C0000001*125***11:B:1*Y*A*Y*Y~',
      'LX*1~',
      'CLM*C0000002*60***11:B:1*Y*A*Y*Y~',
      'SE*5*0001~',
      'ST*837*0002*005010X222A1~',
      'CLM*C0000003*99***11:B:1*Y*A*Y*Y~',
      'SE*3*0002~',
      'GE*2*77~',
      'IEA*1*000000042~',
    ].join('\n');
    expect(index837P(x12)).toEqual({
      interchangeControlNumber: '000000042',
      groupControlNumber: '77',
      transactions: [
        { controlNumber: '0001', patientControlNumbers: ['C0000001', 'C0000002'] },
        { controlNumber: '0002', patientControlNumbers: ['C0000003'] },
      ],
    });
  });

  it('refuses text that is not an interchange with a group and a transaction set', () => {
    expect(() => index837P('hello')).toThrow(/not an 837P interchange/);
    expect(() => index837P(`${ISA}IEA*1*000000042~`)).toThrow(/no ISA, GS or ST/);
  });
});
