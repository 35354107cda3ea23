import { write277CA, write835, write999 } from '@openrcm/x12';
import type { ClaimAcknowledgmentInput, ControlNumbers, EnvelopeOptions, InterchangeHeader, Remittance835 } from '@openrcm/x12';
import { acknowledgmentOf, isTransactionAccepted } from './ack999.builder';
import { acknowledgment277Of } from './acknowledgment277.builder';
import { controlNumberFor, traceNumberFor } from './answer-ids';
import { ClaimFlow } from './claim-flow';
import type { PayerRemit } from './claim-flow';
import { rulesForPayer } from './default-rules';
import type { ExchangeAnswer, ProcessOptions, Remit835File } from './exchange.types';
import { readInterchange837 } from './interchange.reader';
import type { Interchange837 } from './interchange.reader';
import { drawPlbItems } from './plb.draw';
import { prngFor } from './prng';
import { buildRemittance } from './remittance.builder';
import type { PayerRuleSet } from './payer-rules.types';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function envelopeFor(rules: PayerRuleSet, header: InterchangeHeader, now: string): EnvelopeOptions {
  return {
    sender: { ...rules.sender }, receiver: { qualifier: header.senderQualifier, id: header.senderId },
    usage: header.usage === 'T' ? 'T' : 'P', date: now.slice(0, 10), time: now.slice(11, 16),
  };
}

function acknowledgments277(ic: Interchange837, flow: ClaimFlow, rules: PayerRuleSet, now: string): ClaimAcknowledgmentInput[] {
  const out: ClaimAcknowledgmentInput[] = [];
  for (const group of ic.groups) {
    for (const tx of group.transactions) {
      if (!isTransactionAccepted(group, tx)) continue;
      tx.batches.forEach((batch, b) => {
        const byPayer = new Map<string, ClaimAcknowledgmentInput>();
        for (const claim of batch.claims) {
          const item = flow.claim(batch, claim, tx.controlNumber);
          let ack = byPayer.get(claim.payer.id);
          if (!ack) {
            const payerRules = rulesForPayer(rules, claim.payer.id);
            const payer = { name: payerRules && payerRules.payerId !== '*' ? payerRules.name : claim.payer.name, id: claim.payer.id };
            byPayer.set(claim.payer.id, (ack = acknowledgment277Of(batch, payer, `${ic.header.controlNumber}-${tx.controlNumber}-${b + 1}-${byPayer.size + 1}`, now, [])));
          }
          ack.claims.push(item);
        }
        out.push(...byPayer.values());
      });
    }
  }
  return out;
}

type KindedRemit = { kind: Remit835File['kind']; remit: Remittance835 };

function remittances(remit: PayerRemit, seed: number, isa13: string, today: string): KindedRemit[] {
  const key = `${isa13}|${remit.payerId}|${remit.batch.billingProvider.npi}`;
  const common = { rules: remit.rules, payerId: remit.payerId, payerName: remit.payerName, payee: remit.batch.billingProvider, paymentDate: today };
  const out: KindedRemit[] = [{ kind: 'payment', remit: buildRemittance({
    ...common, claims: remit.paid, plbItems: drawPlbItems(remit.paid, remit.rules.plb, prngFor(seed, `${key}#plb`)), traceNumber: traceNumberFor(seed, `${key}|payment`),
  }) }];
  if (remit.corrections.length > 0) {
    out.push({ kind: 'correction', remit: buildRemittance({ ...common, claims: remit.corrections, plbItems: [], traceNumber: traceNumberFor(seed, `${key}|correction`) }) });
  }
  return out;
}

/**
 * The payer's answers to one 837P interchange, as a pure function of the input, the rules, the seed and `now`: the
 * 999 (each transaction set accepted or rejected with IK3/IK4/CTX), the 277CA of the claims in accepted sets
 * (accepted with REF*1K or rejected with the field to fix), and the 835s of the accepted claims (one payment 835 per
 * payer and billing provider, and a correction 835 holding any reversals with their corrections). Every 835 balances
 * (`write835` refuses one that does not). Throws `UnreadableInterchangeError` for a file that is not one interchange.
 */
export function processInterchange(x12: Buffer | string, rules: PayerRuleSet, options: ProcessOptions): ExchangeAnswer {
  if (!Number.isSafeInteger(options.seed)) throw new Error('processInterchange: seed must be an integer');
  if (!ISO_INSTANT.test(options.now)) throw new Error('processInterchange: now must be an ISO date-time (YYYY-MM-DDTHH:MM...)');
  const ic = readInterchange837(x12);
  const now = options.now;
  const today = now.slice(0, 10);
  const envelope = envelopeFor(rules, ic.header, now);
  let next = options.firstControlNumber ?? controlNumberFor(options.seed, x12);
  const numbers = (): ControlNumbers => {
    const n = next;
    next = next >= 999_999_999 ? 1 : next + 1;
    return { interchange: n, group: n, transaction: 1 };
  };
  const ack999 = write999(ic.groups.map(acknowledgmentOf), envelope, numbers());
  const flow = new ClaimFlow(rules, options.seed, today, ic.header.controlNumber);
  for (const group of ic.groups) {
    for (const tx of group.transactions) {
      if (isTransactionAccepted(group, tx)) continue;
      for (const claim of tx.batches.flatMap((b) => b.claims)) flow.outcomes.push({ patientControlNumber: claim.patientControlNumber, payerId: claim.payer.id, transaction: tx.controlNumber, stage: 'rejected-999' });
    }
  }
  const acks277 = acknowledgments277(ic, flow, rules, now);
  const ack277CA = acks277.length > 0 ? write277CA(acks277, envelope, numbers()) : undefined;
  const remit835: Remit835File[] = [];
  for (const remit of flow.remits.values()) {
    for (const { kind, remit: r } of remittances(remit, options.seed, ic.header.controlNumber, today)) {
      remit835.push({ payerId: remit.payerId, kind, paymentCents: r.payment.amountCents, traceNumber: r.trace?.number ?? '', x12: write835([r], envelope, numbers()) });
    }
  }
  remit835.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'payment' ? -1 : 1));
  return { interchangeControlNumber: ic.header.controlNumber, ack999, ...(ack277CA ? { ack277CA } : {}), remit835, outcomes: flow.outcomes, nextControlNumber: next };
}
