/** Small X12 files for tests, written by hand (envelopes valid; bodies only as deep as recognition needs). */

const pad = (value: string, width: number) => value.padEnd(width, ' ');

/** A 106-character ISA with the control number `isa13`. */
export function isa(isa13: number, sender = 'SUBMITTER', receiver = 'CLEARING'): string {
  const control = String(isa13).padStart(9, '0');
  return `ISA*00*${pad('', 10)}*00*${pad('', 10)}*ZZ*${pad(sender, 15)}*ZZ*${pad(receiver, 15)}*260115*1500*^*00501*${control}*0*T*:~`;
}

function interchange(isa13: number, gs01: string, gs08: string, body: string[]): string {
  const segments = [`GS*${gs01}*SENDER*RECEIVER*20260115*1500*${isa13}*X*${gs08}`, ...body.map((s) => s), `GE*1*${isa13}`, `IEA*1*${String(isa13).padStart(9, '0')}`];
  return `${isa(isa13)}${segments.join('~')}~`;
}

function transaction(st: string, segments: string[]): string[] {
  return [st, ...segments, `SE*${segments.length + 2}*0001`];
}

/** A minimal 837P interchange (enough envelope for ISA13 lookups; not a billable claim). */
export function x837(isa13: number): string {
  return interchange(isa13, 'HC', '005010X222A1', transaction('ST*837*0001*005010X222A1', [`BHT*0019*00*B${isa13}*20260115*1500*CH`]));
}

/** A 999 accepting one transaction set. */
export function x999(isa13: number): string {
  return interchange(isa13, 'FA', '005010X231A1', transaction('ST*999*0001*005010X231A1', ['AK1*HC*1*005010X222A1', 'AK2*837*0001*005010X222A1', 'IK5*A', 'AK9*A*1*1*1']));
}

/** A TA1-only interchange (no functional group). */
export function ta1(isa13: number): string {
  return `${isa(isa13)}TA1*000000001*260115*1500*A*000~IEA*0*${String(isa13).padStart(9, '0')}~`;
}

/** A 277CA: version 005010X214, BHT06 TH. */
export function x277ca(isa13: number): string {
  return interchange(isa13, 'HN', '005010X214', transaction('ST*277*0001*005010X214', ['BHT*0085*08*1*20260115*1500*TH']));
}

/** A 277 claim status response (005010X212, BHT06 DG). */
export function x277(isa13: number): string {
  return interchange(isa13, 'HN', '005010X212', transaction('ST*277*0001*005010X212', ['BHT*0010*08*1*20260115*1500*DG']));
}

/** An 835 with only its header. */
export function x835(isa13: number): string {
  return interchange(isa13, 'HP', '005010X221A1', transaction('ST*835*0001', ['BPR*I*100*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999999999*DA*98765*20260115', 'TRN*1*12345*1512345678']));
}

/** A 271 header. */
export function x271(isa13: number): string {
  return interchange(isa13, 'HB', '005010X279A1', transaction('ST*271*0001*005010X279A1', ['BHT*0022*11*1*20260115*1500']));
}
