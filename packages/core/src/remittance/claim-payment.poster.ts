import type { RequestContext } from '@openrcm/sdk';
import { patientAccount, payerAccount, type LedgerAccount } from '../ledger/ledger-account';
import type { ClaimLineRef, LedgerPosting, LedgerWriter } from '../ledger/ledger.writer';
import { shareClaimPayment } from './claim-payment-shares';
import { matchLines } from './line-matcher';
import type { ClaimLineRecord, ClaimRecord, CoverageRecord, PostingRecords } from './posting-records';
import type { RowFactory } from '../persistence/bulk-rows';
import { dispositionOf, isCrossover, isPredetermination, isReversal, processedAsOf } from './posting-rules';
import { RemittanceAdjustment, type AdjustmentDisposition } from './remittance-adjustment.entity';
import { RemittanceClaim } from './remittance-claim.entity';
import type { PostedAdjustment, PostedClaimPayment } from './remittance-followers';
import type { CasInput, ClaimPaymentInput, ServicePaymentInput } from './remittance-input';
import { RemittanceLine } from './remittance-line.entity';
import type { Remittance, RemittanceWarning } from './remittance.entity';
import { isMedicare, varianceOf } from './variance';

/** What posting one claim payment needs besides the payment itself. */
export interface ClaimPaymentScope {
  readonly context: RequestContext;
  /** Makes the posting's new rows, inserted in bulk (a claim payment's rows are final once it is posted). */
  readonly rows: RowFactory;
  readonly ledger: LedgerWriter;
  readonly remittance: Remittance;
  readonly records: PostingRecords;
  readonly contractual: ReadonlySet<string>;
  readonly warnings: RemittanceWarning[];
}

/** The outcome of one CLP: posted (with what followers need), or left in the unmatched queue with its reason. */
export type ClaimPaymentOutcome = { readonly posted: true; readonly payment: PostedClaimPayment; readonly deniedOpen: boolean } | { readonly posted: false; readonly reason: string };

/** A service payment with the claim line it matched and the claim-level CAS share allocated to it. */
interface LineToPost {
  readonly line: ClaimLineRecord;
  readonly service: ServicePaymentInput | null;
  readonly row: RemittanceLine | null;
  readonly paymentCents: number;
  readonly adjustments: readonly { readonly cas: CasInput; readonly row: RemittanceAdjustment }[];
}

/**
 * Posts one CLP claim payment (DOMAIN.md "835 posting semantics"): finds the claim by CLP01 and the account of the
 * payer that processed it (CLP02 1/2/3, 19–21), matches the lines, stores the payment as stated, and writes the
 * ledger entries: the payment; contractual CO (and configured OA/PI) amounts adjusted off; PR transferred to the
 * next coverage, else to the patient; other CO/OA/PI amounts held open as denials. A reversal (22) reverses the
 * entries of the payment it undoes. Allowed and paid are compared with the contract and flagged when they differ.
 */
export function postClaimPayment(scope: ClaimPaymentScope, input: ClaimPaymentInput, position: number): ClaimPaymentOutcome {
  const { records, remittance } = scope;
  const claim = records.claimsByNumber.get(input.patientControlNumber);
  if (!claim) return unmatched(scope, input, position, `no claim has patient control number (CLP01) ${input.patientControlNumber}`);
  const processedAs = processedAsOf(input.statusCode);
  const coverage = accountCoverage(records, claim, processedAs);
  if (!coverage) return unmatched(scope, input, position, `CLP02 ${input.statusCode}: the payer processed claim ${claim.patientControlNumber} as ${processedAs}, and the patient has no ${processedAs} coverage on ${claim.dateOfService}`, claim);
  const claimLines = records.linesByClaim.get(claim.id) ?? [];
  const matching = input.lines.length > 0 ? matchLines(input.lines, claimLines) : null;
  if (matching && !matching.matched) return unmatched(scope, input, position, `claim ${claim.patientControlNumber}: ${matching.reason}`, claim);

  const row = storeClaimPayment(scope, input, position, claim, coverage);
  const next = records.nextCoverage(claim.patientId, coverage.order, claim.dateOfService);
  const posting: LedgerPosting = { source: 'remittance', sourceId: remittance.id, sourceItemId: row.id, effectiveDate: remittance.receivedOn, reference: remittance.traceNumber };
  const predetermination = isPredetermination(input.statusCode);
  const reversal = isReversal(input.statusCode);
  const adjustments: PostedAdjustment[] = [];
  const lines = linesToPost(scope, input, position, row, claimLines, matching?.matched ? matching.lines : null, { hasNext: next !== undefined, afterPriorPayer: coverage.order !== 'primary' }, adjustments);

  if (reversal && reverseEarlierPayment(scope, claim, row, posting)) {
    // The earlier payment's entries are reversed; the stated (negated) amounts are kept as the record.
  } else if (!predetermination) {
    if (reversal) scope.warnings.push({ code: 'REVERSAL_WITHOUT_ORIGINAL', message: `CLP #${position}: no earlier payment of claim ${claim.patientControlNumber} was posted here; the reversal's amounts were posted as stated`, patientControlNumber: claim.patientControlNumber });
    for (const line of lines) postLine(scope, posting, claim, coverage, next, line);
  } else {
    scope.warnings.push({ code: 'PREDETERMINATION', message: `CLP #${position}: claim ${claim.patientControlNumber} was priced as a predetermination (CLP02 25); nothing was posted`, patientControlNumber: claim.patientControlNumber });
  }
  checkPatientResponsibility(scope, input, position);
  if (!reversal && !predetermination) flagVariances(scope, claim, coverage, lines);

  const deniedOpen = adjustments.some((adjustment) => adjustment.disposition === 'denial');
  return {
    posted: true,
    deniedOpen,
    payment: {
      remittanceId: remittance.id,
      remittanceClaimId: row.id,
      receivedOn: remittance.receivedOn,
      claim,
      coverageId: coverage.id,
      payerRecordId: coverage.payerRecordId,
      statusCode: input.statusCode,
      payerClaimNumber: input.payerClaimNumber ?? null,
      reversal,
      crossover: isCrossover(input.statusCode),
      nextCoverageId: next?.id ?? null,
      adjustments,
    },
  };
}

/** The coverage whose accounts the payment posts to: the claim's own, unless CLP02 says another payer order processed it. */
function accountCoverage(records: PostingRecords, claim: ClaimRecord, processedAs: ReturnType<typeof processedAsOf>): CoverageRecord | undefined {
  if (processedAs === null || processedAs === claim.coverageOrder) {
    return { id: claim.coverageId, patientId: claim.patientId, order: claim.coverageOrder, payerRecordId: claim.payerRecordId, effectiveFrom: claim.dateOfService, effectiveTo: null, active: true };
  }
  return records.coverageOf(claim.patientId, processedAs, claim.dateOfService);
}

function storeClaimPayment(scope: ClaimPaymentScope, input: ClaimPaymentInput, position: number, claim: ClaimRecord | null, coverage: CoverageRecord | null, reason: string | null = null): RemittanceClaim {
  return scope.rows.create(RemittanceClaim, {
    organizationId: scope.context.organizationId,
    remittanceId: scope.remittance.id,
    position,
    patientControlNumber: input.patientControlNumber,
    statusCode: input.statusCode,
    chargeCents: input.chargeCents,
    paymentCents: input.paymentCents,
    patientResponsibilityCents: input.patientResponsibilityCents ?? null,
    payerClaimNumber: input.payerClaimNumber ?? null,
    crossoverPayerName: input.crossoverPayer?.name ?? null,
    crossoverPayerId: input.crossoverPayer?.id ?? null,
    match: reason === null ? 'matched' : 'unmatched',
    unmatchedReason: reason,
    claimId: claim?.id ?? null,
    patientId: claim?.patientId ?? null,
    coverageId: coverage?.id ?? null,
  });
}

/** Stores an unmatched claim payment as stated (lines and CAS included), with the reason; no ledger entry. */
function unmatched(scope: ClaimPaymentScope, input: ClaimPaymentInput, position: number, reason: string, claim: ClaimRecord | null = null): ClaimPaymentOutcome {
  const row = storeClaimPayment(scope, input, position, claim, null, reason);
  const ignored: PostedAdjustment[] = [];
  storeStated(scope, input, row, null, { hasNext: false, afterPriorPayer: false }, ignored);
  return { posted: false, reason };
}

/** Where the paying coverage stands in the order: is there a next one, and are there payers ahead of it. */
interface CoveragePlace {
  readonly hasNext: boolean;
  readonly afterPriorPayer: boolean;
}

/** Stores the CLP's SVC lines and CAS rows; returns each line's row (null matches allowed for an unmatched CLP). */
function storeStated(scope: ClaimPaymentScope, input: ClaimPaymentInput, row: RemittanceClaim, matchedLines: readonly (ClaimLineRecord | null)[] | null, place: CoveragePlace, posted: PostedAdjustment[]) {
  const { rows, context, contractual } = scope;
  let position = 0;
  const casRow = (cas: CasInput, lineRow: RemittanceLine | null, line: ClaimLineRecord | null, remarkCodes: readonly string[]) => {
    position += 1;
    const disposition = dispositionOf(cas, contractual, place.hasNext, place.afterPriorPayer);
    posted.push({ claimLineId: line?.id ?? null, procedureCode: line?.procedureCode ?? null, groupCode: cas.groupCode, reasonCode: cas.reasonCode, amountCents: cas.amountCents, remarkCodes, disposition });
    return rows.create(RemittanceAdjustment, {
      organizationId: context.organizationId,
      remittanceClaimId: row.id,
      remittanceLineId: lineRow?.id ?? null,
      position,
      groupCode: cas.groupCode,
      reasonCode: cas.reasonCode,
      amountCents: cas.amountCents,
      quantity: cas.quantity ?? null,
      disposition,
    });
  };
  const claimLevel = input.adjustments.map((cas) => ({ cas, row: casRow(cas, null, null, []) }));
  const lines = input.lines.map((service, index) => {
    const line = matchedLines?.[index] ?? null;
    const lineRow = rows.create(RemittanceLine, {
      organizationId: context.organizationId,
      remittanceClaimId: row.id,
      position: index + 1,
      procedureCode: service.procedureCode,
      modifiers: [...service.modifiers],
      chargeCents: service.chargeCents,
      paymentCents: service.paymentCents,
      allowedCents: service.allowedCents ?? null,
      units: service.units ?? null,
      serviceDate: service.serviceDate ?? null,
      lineItemControlNumber: service.lineItemControlNumber ?? null,
      remarkCodes: [...service.remarkCodes],
      matchMethod: line ? (service.lineItemControlNumber === line.lineItemControlNumber ? 'control-number' : 'procedure') : 'unmatched',
      claimLineId: line?.id ?? null,
      chargeId: line?.chargeId ?? null,
    });
    return { service, line, row: lineRow, adjustments: service.adjustments.map((cas) => ({ cas, row: casRow(cas, lineRow, line, service.remarkCodes) })) };
  });
  return { claimLevel, lines };
}

/**
 * The lines to post: each matched SVC with its claim line, paid SVC03 less its share of the claim-level CAS, which
 * it takes on; a CLP without SVC spreads its payment and CAS over the claim's lines in proportion to their charges.
 * Either way the lines' payments add up to CLP04 (`shareClaimPayment`).
 */
function linesToPost(
  scope: ClaimPaymentScope,
  input: ClaimPaymentInput,
  position: number,
  row: RemittanceClaim,
  claimLines: readonly ClaimLineRecord[],
  matches: readonly { readonly candidate: ClaimLineRecord }[] | null,
  place: CoveragePlace,
  posted: PostedAdjustment[],
): LineToPost[] {
  const stated = storeStated(scope, input, row, matches ? matches.map((match) => match.candidate) : null, place, posted);
  const targets: { line: ClaimLineRecord; service: ServicePaymentInput | null; row: RemittanceLine | null; paymentCents: number; adjustments: { cas: CasInput; row: RemittanceAdjustment }[] }[] = matches
    ? stated.lines.map((line) => ({ line: line.line as ClaimLineRecord, service: line.service, row: line.row, paymentCents: 0, adjustments: [...line.adjustments] }))
    : claimLines.map((line) => ({ line, service: null, row: null, paymentCents: 0, adjustments: [] }));
  if (targets.length === 0) return [];
  const shares = shareClaimPayment(
    input.paymentCents,
    matches ? stated.lines.map((line) => line.service.paymentCents) : null,
    stated.claimLevel.map((claimCas) => claimCas.cas.amountCents),
    targets.map((target) => target.line.chargeCents),
  );
  targets.forEach((target, index) => {
    target.paymentCents = shares.paymentCents[index] as number;
    stated.claimLevel.forEach((claimCas, casIndex) => {
      const share = (shares.adjustmentCents[casIndex] as readonly number[])[index] as number;
      if (share !== 0) target.adjustments.push({ cas: { ...claimCas.cas, amountCents: share }, row: claimCas.row });
    });
  });
  if (shares.unbalancedCents !== 0) {
    scope.warnings.push({
      code: 'CLAIM_UNBALANCED',
      message: `CLP #${position} (${input.patientControlNumber}): CLP04 differs by ${shares.unbalancedCents} cents from CLP03 − claim CAS − line CAS; the lines were paid CLP04 in all`,
      patientControlNumber: input.patientControlNumber,
    });
  }
  return targets;
}

/** Writes one line's entries on the account of `coverage`. */
function postLine(scope: ClaimPaymentScope, posting: LedgerPosting, claim: ClaimRecord, coverage: CoverageRecord, next: CoverageRecord | undefined, target: LineToPost): void {
  const { rows, context, ledger } = scope;
  const account = payerAccount(target.line.chargeId, claim.patientId, coverage.id, coverage.payerRecordId);
  const line: ClaimLineRef = { claimId: claim.id, claimLineId: target.line.id };
  if (target.paymentCents !== 0) ledger.pay(rows, context, posting, { account, line, amountCents: target.paymentCents });
  for (const { cas, row } of target.adjustments) {
    const amount = { account, line, amountCents: cas.amountCents, groupCode: cas.groupCode, reasonCode: cas.reasonCode };
    const disposition: AdjustmentDisposition = row.disposition;
    if (disposition === 'contractual' || disposition === 'other') ledger.adjust(rows, context, posting, amount);
    else if (disposition === 'next-coverage' || disposition === 'patient') ledger.transfer(rows, context, posting, amount, { account: receiving(target, claim, next), line: { claimId: null, claimLineId: null } });
    // 'denial': held open on the payer's account; the denial queues take it from here. 'prior-payer': the payers
    // ahead posted it on their accounts already.
  }
}

function receiving(target: LineToPost, claim: ClaimRecord, next: CoverageRecord | undefined): LedgerAccount {
  return next ? payerAccount(target.line.chargeId, claim.patientId, next.id, next.payerRecordId) : patientAccount(target.line.chargeId, claim.patientId);
}

/** Reverses the entries of the latest payment of the claim not reversed yet; false when there is none. */
function reverseEarlierPayment(scope: ClaimPaymentScope, claim: ClaimRecord, row: RemittanceClaim, posting: LedgerPosting): boolean {
  const { rows, context, ledger } = scope;
  const earlier = scope.records.paymentsToReverse.get(claim.id);
  const original = earlier?.shift();
  if (!original) return false;
  row.reversesRemittanceClaimId = original.remittanceClaimId;
  ledger.reverse(rows, context, posting, original.entries);
  return true;
}

function checkPatientResponsibility(scope: ClaimPaymentScope, input: ClaimPaymentInput, position: number): void {
  if (input.patientResponsibilityCents === null || input.patientResponsibilityCents === undefined) return;
  const pr = [...input.adjustments, ...input.lines.flatMap((line) => line.adjustments)].filter((cas) => cas.groupCode === 'PR').reduce((sum, cas) => sum + cas.amountCents, 0);
  if (pr !== input.patientResponsibilityCents) {
    scope.warnings.push({
      code: 'PATIENT_RESPONSIBILITY_MISMATCH',
      message: `CLP #${position} (${input.patientControlNumber}): CLP05 states ${input.patientResponsibilityCents} cents of patient responsibility, the PR adjustments add up to ${pr}`,
      patientControlNumber: input.patientControlNumber,
    });
  }
}

/**
 * Compares each line with its contract when the claim's own payer paid it as primary: the charges carry the primary
 * payer's contracted amount (a crossover's second payer, or a secondary claim's payer, has no contract here).
 */
function flagVariances(scope: ClaimPaymentScope, claim: ClaimRecord, coverage: CoverageRecord, lines: readonly LineToPost[]): void {
  if (coverage.id !== claim.coverageId || coverage.order !== 'primary') return;
  const medicare = isMedicare(scope.records.filingIndicatorByPayer.get(coverage.payerRecordId));
  for (const target of lines) {
    if (!target.row || target.adjustments.some(({ row }) => row.disposition === 'denial')) continue;
    const sum = (group: string, reason?: string) => target.adjustments.filter(({ cas }) => cas.groupCode === group && (reason === undefined || cas.reasonCode === reason)).reduce((total, { cas }) => total + cas.amountCents, 0);
    const variance = varianceOf({
      contractAllowedCents: target.line.expectedAllowedCents,
      statedAllowedCents: target.service?.allowedCents ?? null,
      paidCents: target.paymentCents,
      patientResponsibilityCents: sum('PR'),
      statedSequestrationCents: sum('CO', '253'),
      medicare,
    });
    target.row.contractAllowedCents = variance.contractAllowedCents;
    target.row.expectedPaymentCents = variance.expectedPaymentCents;
    if (variance.flagged) {
      target.row.varianceStatus = 'flagged';
      scope.warnings.push({ code: 'PAYMENT_VARIANCE', message: `claim ${claim.patientControlNumber} line ${target.line.lineNumber} (${target.line.procedureCode}): ${variance.message}`, patientControlNumber: claim.patientControlNumber });
    }
  }
}
