import type { Delimiters, Segment } from '../tokenizer';
import { parseCents } from '../values';
import type { Report } from './element-checks';

const DIAGNOSIS_QUALIFIERS = new Set(['ABK', 'ABF', 'BK', 'BF']);
const HI_QUALIFIERS = /^(A?B[KFJNPQRG]|BBR|BBQ|BE|BG|BH|BI|BN|BO|BP|BQ|BR|DR|TC|APR|ABJ|ABN|ABR|ABQ|BJ)$/;

/** Checks one claim (2300 and its lines): HI, pointers, LX numbering, CLM02 = ΣSV102, REF*F8 for 7/8, required line segments. */
export class ClaimChecker {
  private diagnoses = 0;
  private lineSum = 0;
  private lines = 0;
  private hasHi = false;
  private hasF8 = false;
  private lineSegment: Segment | undefined;
  private lineHasSv1 = false;
  private lineHasDate = false;

  constructor(private readonly clm: Segment, private readonly d: Delimiters, private readonly report: Report) {}

  segment(seg: Segment, inLine: boolean): void {
    if (seg.id === 'HI' && !inLine) return this.hi(seg);
    if (seg.id === 'REF' && !inLine && seg.elements[1] === 'F8') this.hasF8 = true;
    if (seg.id === 'LX') return this.lx(seg);
    if (seg.id === 'SV1') return this.sv1(seg);
    if (seg.id === 'DTP' && inLine && seg.elements[1] === '472') this.lineHasDate = true;
  }

  private hi(seg: Segment): void {
    this.hasHi = true;
    for (let i = 1; i < seg.elements.length; i++) {
      const v = seg.elements[i]!;
      if (!v) continue;
      const [qualifier = '', code] = v.split(this.d.component);
      if (!HI_QUALIFIERS.test(qualifier) || !code) {
        this.report('INVALID_COMPOSITE', `HI${String(i).padStart(2, '0')} "${v}" is not a qualifier${this.d.component}code composite`, seg, i);
      } else if (DIAGNOSIS_QUALIFIERS.has(qualifier)) this.diagnoses++;
    }
    if (this.diagnoses > 12) this.report('TOO_MANY_DIAGNOSES', `${this.diagnoses} diagnoses, at most 12`, seg);
  }

  private lx(seg: Segment): void {
    this.closeLine();
    this.lines++;
    this.lineSegment = seg;
    this.lineHasSv1 = false;
    this.lineHasDate = false;
    if (seg.elements[1] !== String(this.lines)) this.report('LX_OUT_OF_SEQUENCE', `LX01 is ${seg.elements[1]}, expected ${this.lines}`, seg, 1);
    if (this.lines === 51) this.report('TOO_MANY_LINES', 'A claim holds at most 50 service lines', seg);
  }

  private sv1(seg: Segment): void {
    this.lineHasSv1 = true;
    const [qualifier = '', code] = (seg.elements[1] ?? '').split(this.d.component);
    if (!['HC', 'ER', 'IV', 'WK'].includes(qualifier) || !code) this.report('INVALID_COMPOSITE', `SV101 "${seg.elements[1]}" is not a procedure composite`, seg, 1);
    const charge = parseCents(seg.elements[2] ?? '');
    if (charge === undefined) this.report('INVALID_AMOUNT', `SV102 "${seg.elements[2]}" is not an amount`, seg, 2);
    else if (charge < 0) this.report('NEGATIVE_AMOUNT', 'SV102 must not be negative', seg, 2);
    else this.lineSum += charge;
    this.pointers(seg);
  }

  private pointers(seg: Segment): void {
    const list = (seg.elements[7] ?? '').split(this.d.component).filter((p) => p !== '');
    if (list.length > 4) this.report('TOO_MANY_POINTERS', `SV107 has ${list.length} pointers, at most 4`, seg, 7);
    list.forEach((p, i) => {
      const n = Number(p);
      if (!Number.isInteger(n) || n < 1 || n > this.diagnoses) this.report('INVALID_POINTER', `SV107-${i + 1} "${p}" does not point at one of the ${this.diagnoses} diagnoses`, seg, 7, 'error', i + 1);
    });
  }

  private closeLine(): void {
    if (!this.lineSegment) return;
    if (!this.lineHasSv1) this.report('MISSING_SEGMENT', 'Service line (2400) has no SV1', this.lineSegment);
    if (!this.lineHasDate) this.report('MISSING_SEGMENT', 'Service line (2400) has no DTP*472 service date', this.lineSegment);
  }

  /** Claim-level checks once the claim is complete. */
  finish(): void {
    this.closeLine();
    if (!this.hasHi) this.report('MISSING_SEGMENT', 'Claim (2300) has no HI diagnosis segment', this.clm);
    if (this.lines === 0) this.report('MISSING_SEGMENT', 'Claim (2300) has no service line (LX)', this.clm);
    const frequency = (this.clm.elements[5] ?? '').split(this.d.component)[2];
    if ((frequency === '7' || frequency === '8') && !this.hasF8) this.report('MISSING_SEGMENT', `Frequency ${frequency} needs REF*F8 (payer claim control number)`, this.clm, 5);
    const charge = parseCents(this.clm.elements[2] ?? '');
    if (charge === undefined) return this.report('INVALID_AMOUNT', `CLM02 "${this.clm.elements[2]}" is not an amount`, this.clm, 2);
    if (charge < 0) this.report('NEGATIVE_AMOUNT', 'CLM02 must not be negative', this.clm, 2);
    if (this.lines > 0 && charge !== this.lineSum) {
      this.report('CLAIM_CHARGE_MISMATCH', `CLM02 is ${charge} cents but the SV102 line charges add up to ${this.lineSum}`, this.clm, 2);
    }
  }
}
