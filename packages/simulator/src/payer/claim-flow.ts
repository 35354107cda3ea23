import type { ClaimAcknowledgmentItem, ClaimBatch837P, Claim835, Claim837P } from '@openrcm/x12';
import { acknowledgmentItemOf } from './acknowledgment277.builder';
import { adjudicateClaim } from './claim-adjudicator';
import { matchMember, rejectionOf } from './claim-rejection';
import type { MemberMatch } from './claim-rejection';
import { rulesForPayer } from './default-rules';
import type { ClaimOutcome } from './exchange.types';
import { forcedDenialOf } from './forced-denial';
import { copyPlan, planOfDefault, planOfMember } from './plan-state';
import type { PlanState } from './plan-state';
import { prngFor } from './prng';
import { reversalOf } from './reversal';
import type { PayerRules, PayerRuleSet } from './payer-rules.types';
import { payerClaimControlNumberFor } from './answer-ids';

/** The adjudicated claims of one payer and billing provider: the payment 835's claims and the correction 835's. */
export interface PayerRemit {
  readonly payerId: string;
  readonly payerName: string;
  readonly rules: PayerRules;
  readonly batch: ClaimBatch837P;
  readonly paid: Claim835[];
  readonly corrections: Claim835[];
}

/** State shared by the claims of one interchange: member accumulators, CLM01s already adjudicated, 835 groups. */
export class ClaimFlow {
  private readonly plans = new Map<string, PlanState>();
  private readonly adjudicated = new Set<string>();
  private claimCount = 0;
  readonly remits = new Map<string, PayerRemit>();
  readonly outcomes: ClaimOutcome[] = [];

  /** `interchange` (the 837P's ISA13) makes the payer claim control numbers of different files differ. */
  constructor(private readonly ruleSet: PayerRuleSet, private readonly seed: number, private readonly today: string, private readonly interchange: string) {}

  /** Decides the 277CA answer of a claim and, when accepted, adjudicates it; returns the 277CA item. */
  claim(batch: ClaimBatch837P, claim: Claim837P, transaction: string): ClaimAcknowledgmentItem {
    const rules = rulesForPayer(this.ruleSet, claim.payer.id);
    const match = rules ? matchMember(claim, rules, this.ruleSet.roster) : undefined;
    // The draws depend on the claim alone (not its frequency: a void draws what the original drew).
    const key = `${claim.payer.id}|${claim.patientControlNumber}|${claim.chargeCents}`;
    const icn = payerClaimControlNumberFor(this.seed, `${this.interchange}|${transaction}|${++this.claimCount}|${key}`);
    const rejection = rejectionOf(batch, claim, rules, match, prngFor(this.seed, `${key}#reject`), this.today);
    const base = { patientControlNumber: claim.patientControlNumber, payerId: claim.payer.id, transaction };
    if (rejection || !rules || !match) {
      this.outcomes.push({ ...base, stage: 'rejected-277CA', ...(rejection ? { rejection } : {}) });
      return acknowledgmentItemOf(claim, icn, rejection);
    }
    this.adjudicate(batch, claim, rules, match, key, icn, base);
    return acknowledgmentItemOf(claim, icn, undefined);
  }

  private adjudicate(batch: ClaimBatch837P, claim: Claim837P, rules: PayerRules, match: MemberMatch, key: string, icn: string, base: Omit<ClaimOutcome, 'stage'>): void {
    const plan = this.planOf(claim, rules, match);
    const before = copyPlan(plan);
    const duplicate = claim.frequency === '1' && this.adjudicated.has(claim.patientControlNumber);
    const forcedDenial = forcedDenialOf(claim, rules, match, this.today, duplicate);
    const common = { claim, rules, payerClaimControlNumber: icn, receivedDate: this.today, ...(forcedDenial ? { forcedDenial } : {}) };
    const result = adjudicateClaim({ ...common, plan, prng: prngFor(this.seed, `${key}#adjudicate`) });
    this.adjudicated.add(claim.patientControlNumber);
    const remit = this.remitOf(batch, claim, rules);
    const out = claim.frequency === '8' ? reversalOf(result.claim) : result.claim;
    remit.paid.push(out);
    const reversal = rules.reversal;
    const reversed = claim.frequency !== '8' && !result.denied && out.paymentCents > 0 && reversal !== undefined && prngFor(this.seed, `${key}#reversal`).chance(reversal.rate);
    if (reversed) {
      const correction = adjudicateClaim({ ...common, plan: before, prng: prngFor(this.seed, `${key}#adjudicate`), allowedBasisPoints: reversal.correctionBasisPoints });
      remit.corrections.push(reversalOf(out), correction.claim);
    }
    this.outcomes.push({ ...base, stage: 'adjudicated', payerClaimControlNumber: icn, claimStatus: out.status, paidCents: out.paymentCents, denialCarcs: result.denialCarcs, reversed });
  }

  private planOf(claim: Claim837P, rules: PayerRules, match: MemberMatch): PlanState {
    const birthDate = claim.patient?.birthDate ?? claim.subscriber.birthDate ?? '';
    const id = `${rules.payerId}|${claim.payer.id}|${claim.subscriber.memberId.toUpperCase()}|${birthDate}`;
    let plan = this.plans.get(id);
    if (!plan) {
      const met = () => prngFor(this.seed, `${id}#deductible`).chance(rules.defaultPlan.deductibleMetRate);
      plan = 'member' in match ? planOfMember(match.member) : planOfDefault(rules.defaultPlan, met());
      this.plans.set(id, plan);
    }
    return plan;
  }

  private remitOf(batch: ClaimBatch837P, claim: Claim837P, rules: PayerRules): PayerRemit {
    const id = `${claim.payer.id}|${batch.billingProvider.npi}`;
    let remit = this.remits.get(id);
    if (!remit) this.remits.set(id, (remit = { payerId: claim.payer.id, payerName: claim.payer.name, rules, batch, paid: [], corrections: [] }));
    return remit;
  }
}
