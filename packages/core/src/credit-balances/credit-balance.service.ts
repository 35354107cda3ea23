import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import type { ListQuery, Page } from '../http/list-query';
import { accountKey, patientAccount, payerAccount, type LedgerAccount } from '../ledger/ledger-account';
import { LedgerBalances, type AccountBalance } from '../ledger/ledger-balances';
import type { LedgerEntry } from '../ledger/ledger-entry.entity';
import { LedgerWriter, type ClaimLineRef, type LedgerPosting } from '../ledger/ledger.writer';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { isMedicare } from '../remittance/variance';
import { addDays, calendarDate } from '../time/calendar-date';
import { findCreditBalances, type CreditBalanceFilters, type CreditBalanceRow } from './credit-balance.query';

/** Days a Medicare overpayment must be refunded in, from the day it was identified (60-day rule). */
export const MEDICARE_REFUND_DAYS = 60;

/** A credit balance on the worklist. */
export interface CreditBalance extends CreditBalanceRow {
  /** What the account is overpaid by (the balance's opposite), in cents. */
  readonly creditCents: number;
  readonly medicare: boolean;
  /** Medicare overpayments: refund due 60 days after identification. */
  readonly refundDueDate: string | null;
}

/** A refund of (part of) a credit balance. */
export interface CreditRefund {
  readonly chargeId: string;
  readonly coverageId: string | null;
  readonly amountCents: number;
  readonly payee: 'payer' | 'patient';
  /** The refund check or transaction number. */
  readonly reference: string;
  readonly note: string;
}

/** A credit applied to another party's balance of the same service line. */
export interface CreditTransfer {
  readonly chargeId: string;
  /** The account with the credit (null: the patient's). */
  readonly fromCoverageId: string | null;
  /** The account whose balance the credit pays (null: the patient's). */
  readonly toCoverageId: string | null;
  readonly amountCents: number;
  readonly note: string;
}

/** What resolving a credit wrote, and the balances after it. */
export interface CreditResolution {
  readonly entries: readonly LedgerEntry[];
  readonly balances: readonly { readonly coverageId: string | null; readonly balanceCents: number }[];
}

/**
 * Credit balances found by the ledger (accounts below zero) and their resolution: a refund to the payer or the patient
 * (a `refund` entry, never more than the credit) or a transfer applying the credit to another party's balance of the
 * same service line. Entries are `manual`, dated the day they are made, posted by the actor.
 */
@Injectable()
export class CreditBalanceService {
  constructor(
    private readonly orm: MikroORM,
    private readonly ledger: LedgerWriter,
  ) {}

  async list(context: RequestContext, filters: CreditBalanceFilters, query: ListQuery): Promise<Page<CreditBalance>> {
    const { rows, total, nextCursor } = await findCreditBalances(currentEntityManager(this.orm), context.organizationId, filters, query);
    return { items: rows.map(toCreditBalance), total, limit: query.limit, nextCursor };
  }

  async refund(context: RequestContext, input: CreditRefund): Promise<CreditResolution> {
    return currentEntityManager(this.orm).transactional(async (tx) => {
      const em = tx as EntityManager;
      const balances = await lockedBalances(em, context, input.chargeId);
      const account = requireAccount(balances, input.chargeId, input.coverageId, 'coverageId');
      const credit = -account.balanceCents;
      if (credit <= 0) throw new ValidationError([{ field: 'coverageId', message: `the account has no credit balance to refund (its balance is ${account.balanceCents} cents)` }]);
      if (input.amountCents > credit) throw new ValidationError([{ field: 'amountCents', message: `the refund (${input.amountCents} cents) is more than the credit of ${credit} cents` }]);
      if (input.payee !== account.party) {
        throw new ValidationError([{ field: 'payee', message: `the credit is on the ${account.party}'s account: it is refunded to the ${account.party} (transfer it to the ${input.payee}'s account first)` }]);
      }
      const posting = await this.posting(em, context, { reference: input.reference, memo: `refund to the ${input.payee}: ${input.note}` });
      const entry = this.ledger.refund(em, context, posting, { account: ledgerAccount(account), line: await claimLineOf(em, context, account), amountCents: input.amountCents });
      await em.flush();
      return { entries: [entry], balances: [{ coverageId: account.coverageId, balanceCents: account.balanceCents + input.amountCents }] };
    });
  }

  async transfer(context: RequestContext, input: CreditTransfer): Promise<CreditResolution> {
    if (input.fromCoverageId === input.toCoverageId) throw new ValidationError([{ field: 'toCoverageId', message: 'a transfer needs two different accounts of the line' }]);
    return currentEntityManager(this.orm).transactional(async (tx) => {
      const em = tx as EntityManager;
      const balances = await lockedBalances(em, context, input.chargeId);
      const from = requireAccount(balances, input.chargeId, input.fromCoverageId, 'fromCoverageId');
      const to = requireAccount(balances, input.chargeId, input.toCoverageId, 'toCoverageId');
      const credit = -from.balanceCents;
      if (input.amountCents > credit) throw new ValidationError([{ field: 'amountCents', message: `the transfer (${input.amountCents} cents) is more than the credit of ${Math.max(credit, 0)} cents` }]);
      if (input.amountCents > to.balanceCents) {
        throw new ValidationError([{ field: 'amountCents', message: `the receiving account owes ${to.balanceCents} cents; apply at most that (refund the rest)` }]);
      }
      const posting = await this.posting(em, context, { reference: null, memo: `credit applied: ${input.note}` });
      // The receiving account's balance moves onto the account with the credit: it owes less, the credit shrinks.
      const entries = this.ledger.transfer(em, context, posting, { account: ledgerAccount(to), line: await claimLineOf(em, context, to), amountCents: input.amountCents }, { account: ledgerAccount(from), line: await claimLineOf(em, context, from) });
      await em.flush();
      return { entries, balances: [{ coverageId: from.coverageId, balanceCents: from.balanceCents + input.amountCents }, { coverageId: to.coverageId, balanceCents: to.balanceCents - input.amountCents }] };
    });
  }

  private async posting(em: EntityManager, context: RequestContext, what: { reference: string | null; memo: string }): Promise<LedgerPosting> {
    const organization = await em.findOne(Organization, context.organizationId, { fields: ['timeZone'] });
    return { source: 'manual', effectiveDate: calendarDate(new Date(), organization?.timeZone ?? 'UTC'), reference: what.reference, memo: what.memo };
  }
}

function toCreditBalance(row: CreditBalanceRow): CreditBalance {
  const medicare = row.party === 'payer' && isMedicare(row.claimFilingIndicator);
  return { ...row, creditCents: -row.balanceCents, medicare, refundDueDate: medicare ? addDays(row.identifiedOn, MEDICARE_REFUND_DAYS) : null };
}


/** The line's account balances, read under a lock on the line so two resolutions cannot both spend one credit. */
async function lockedBalances(em: EntityManager, context: RequestContext, chargeId: string): Promise<Map<string, AccountBalance>> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`ledger-line:${context.organizationId}:${chargeId}`]);
  return new LedgerBalances(em).ofCharges(context.organizationId, [chargeId]);
}

function requireAccount(balances: Map<string, AccountBalance>, chargeId: string, coverageId: string | null, field: string): AccountBalance {
  const account = balances.get(accountKey({ chargeId, coverageId }));
  if (!account) {
    if (balances.size === 0) throw new NotFoundError('service line account', chargeId);
    throw new ValidationError([{ field, message: `service line ${chargeId} has no ${coverageId ? `account with coverage ${coverageId}` : "patient's account"}` }]);
  }
  return account;
}

function ledgerAccount(balance: AccountBalance): LedgerAccount {
  const patientId = balance.patientId as string;
  return balance.coverageId ? payerAccount(balance.chargeId, patientId, balance.coverageId, balance.payerRecordId as string) : patientAccount(balance.chargeId, patientId);
}

/** The claim line that billed the line to the account's coverage (the newest claim); none for the patient's account. */
async function claimLineOf(em: EntityManager, context: RequestContext, account: AccountBalance): Promise<ClaimLineRef> {
  if (!account.coverageId) return { claimId: null, claimLineId: null };
  const [row] = await em.execute<{ claim_id: string; id: string }[]>(
    `select cl.claim_id, cl.id from claim_line cl join claim k on k.id = cl.claim_id
      where cl.organization_id = ? and cl.charge_id = ? and k.coverage_id = ? order by k.created_at desc, k.id desc limit 1`,
    [context.organizationId, account.chargeId, account.coverageId],
  );
  return { claimId: row?.claim_id ?? null, claimLineId: row?.id ?? null };
}
