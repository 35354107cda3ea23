import type { X12Error, X12Severity } from '../errors';
import { parseX12 } from '../document';
import type { RawTransaction } from '../document';
import type { ReadOptions } from '../read';
import type { Delimiters, Segment } from '../tokenizer';
import { ClaimChecker } from './claim.checker';
import type { Report } from './element-checks';
import { checkCodes, checkDates, checkElements, checkNm1 } from './element-checks';
import { HierarchyChecker } from './hierarchy.checker';
import { LoopTracker } from './loop-tracker';
import { RequiredLoopsChecker } from './required-loops.checker';
import { SEGMENT_IDS_837P } from './x12-837p.rules';

/** Options of {@link validate837P}. */
export interface Validate837POptions extends ReadOptions {
  /** Severity of an NPI failing its check digit (default `warning`: the file is valid X12, the payer will reject the claim). */
  npiCheckDigit?: X12Severity;
}

/** Result of {@link validate837P}. */
export interface Validation837PReport {
  /** Envelope, syntax and 837P findings, in file order within each transaction. */
  errors: X12Error[];
  /** True when no finding has severity `error`. */
  valid: boolean;
  transactions: number;
  claims: number;
}

/** Validates the segments of one 837 transaction set. */
export function validate837PTransaction(tx: RawTransaction, d: Delimiters, options: Validate837POptions = {}): { errors: X12Error[]; claims: number } {
  const errors: X12Error[] = [];
  const report: Report = (code, message, seg, elementIndex, severity = 'error', componentIndex) => {
    const e: X12Error = { code, message, severity, segmentId: seg.id, segmentIndex: seg.index, byteOffset: seg.byteOffset, transaction: tx.controlNumber };
    if (elementIndex !== undefined) e.elementIndex = elementIndex;
    if (componentIndex !== undefined) e.componentIndex = componentIndex;
    errors.push(e);
  };
  const st = tx.segments[0]!;
  if (tx.implementationRef && tx.implementationRef !== '005010X222A1') {
    report('VERSION_NOT_SUPPORTED', `ST03 ${tx.implementationRef} is not 005010X222A1; checked against 005010X222A1`, st, 3, 'warning');
  }
  const v = new TransactionValidator(d, report, options.npiCheckDigit ?? 'warning');
  for (const seg of tx.segments) v.segment(seg);
  v.finish(tx.segments[tx.segments.length - 1]);
  return { errors, claims: v.claims };
}

class TransactionValidator {
  claims = 0;
  private readonly loops = new LoopTracker();
  private readonly hierarchy: HierarchyChecker;
  private readonly required: RequiredLoopsChecker;
  private claim: ClaimChecker | undefined;
  private hlLevel = '';
  private seen = new Set<string>();

  constructor(private readonly d: Delimiters, private readonly report: Report, private readonly npiSeverity: X12Severity) {
    this.hierarchy = new HierarchyChecker(report);
    this.required = new RequiredLoopsChecker(report);
  }

  segment(seg: Segment): void {
    if (seg.id === 'ST' || seg.id === 'SE') return;
    if (!SEGMENT_IDS_837P.has(seg.id)) return this.report('UNKNOWN_SEGMENT', `"${seg.id}" is not an 837P segment`, seg);
    this.seen.add(seg.id === 'NM1' ? `NM1*${seg.elements[1]}` : seg.id);
    if (seg.id === 'HL') this.startLevel(seg);
    if (this.loops.advance(seg, this.hlLevel)) this.report('SEGMENT_OUT_OF_ORDER', `${seg.id} is out of order in loop ${this.loops.loop}`, seg);
    checkElements(seg, this.report);
    checkDates(seg, this.report);
    checkCodes(seg, this.d, this.report);
    if (seg.id === 'NM1') checkNm1(seg, this.report, this.npiSeverity);
    if (seg.id === 'CLM') this.startClaim(seg);
    else if (this.claim) this.claim.segment(seg, ['2400', '2410', '2420', '2430', '2440'].includes(this.loops.loop));
    else this.required.segment(seg);
  }

  private startLevel(seg: Segment): void {
    this.closeClaim();
    this.hlLevel = this.hierarchy.hl(seg);
    this.required.hl(seg, this.hlLevel);
  }

  private startClaim(seg: Segment): void {
    this.closeClaim();
    this.required.close();
    if (this.hlLevel !== '22' && this.hlLevel !== '23') this.report('SEGMENT_OUT_OF_PLACE', 'CLM must follow a subscriber (22) or patient (23) level', seg);
    this.claim = new ClaimChecker(seg, this.d, this.report);
    this.claims++;
  }

  private closeClaim(): void {
    this.claim?.finish();
    this.claim = undefined;
  }

  finish(se: Segment | undefined): void {
    this.closeClaim();
    this.required.close();
    this.hierarchy.finish(se);
    if (!se) return;
    for (const [key, what] of [['BHT', 'BHT'], ['NM1*41', 'Submitter name (1000A NM1*41)'], ['PER', 'Submitter contact (PER)'], ['NM1*40', 'Receiver name (1000B NM1*40)']]) {
      if (!this.seen.has(key!)) this.report('MISSING_SEGMENT', `${what} is required`, se);
    }
    if (this.claims === 0) this.report('MISSING_LOOP', 'The transaction set holds no claim (CLM)', se);
  }
}

/**
 * Validates an 837P file: envelopes, segment syntax, the HL hierarchy, required loops and segments,
 * segment order, required elements and lengths, dates, code lists (SBR01, SBR09, PAT01, CLM05), HI
 * composites, diagnosis pointers, LX numbering, CLM02 = ΣSV102, REF*F8 for frequency 7/8, and NPI check digits.
 */
export function validate837P(input: Buffer | string, options: Validate837POptions = {}): Validation837PReport {
  const doc = parseX12(input, { ...options, mode: 'lenient' });
  const errors = [...doc.errors];
  let transactions = 0;
  let claims = 0;
  const visit = (tx: RawTransaction, d: Delimiters) => {
    if (tx.setId !== '837') return;
    transactions++;
    const r = validate837PTransaction(tx, d, options);
    errors.push(...r.errors);
    claims += r.claims;
  };
  for (const ic of doc.interchanges) for (const g of ic.groups) for (const tx of g.transactions) visit(tx, ic.delimiters);
  const fallback: Delimiters = { element: '*', component: ':', repetition: undefined, segment: '~' };
  for (const tx of doc.looseTransactions) visit(tx, fallback);
  errors.sort((a, b) => (a.segmentIndex ?? -1) - (b.segmentIndex ?? -1));
  return { errors, valid: !errors.some((e) => e.severity === 'error'), transactions, claims };
}
