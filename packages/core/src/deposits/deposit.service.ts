import { MikroORM, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Remittance } from '../remittance/remittance.entity';
import { parseDepositCsv } from './deposit-csv.parser';
import { depositInputIssues, textOrNull, traceKey, type DepositInput } from './deposit-input';
import { DepositMatchEvent } from './deposit-match-event.entity';
import { actorOf, recordMatch, recordUnmatch } from './deposit-match.recorder';
import { nearMatchOf, type NearMatch } from './deposit-matching';
import { Deposit, type DepositSource } from './deposit.entity';
import { DepositMatcher, type Reconciliation } from './deposit.matcher';
import { depositView, type DepositView, type RemittanceSummary } from './deposit.view';
import { openRemittancesByTrace } from './open-remittances.query';
import { unmatchedRemittances, type UnmatchedRemittance } from './unmatched-remittances.query';

/** Filters of the deposit list. */
export interface DepositFilters {
  readonly state?: 'matched' | 'unmatched';
}

/** A deposit entered, with what the reconciliation that followed did. */
export interface DepositEntered {
  readonly deposit: DepositView;
  readonly reconciliation: Reconciliation;
}

/** What a CSV import did: the deposits stored (by line), the lines skipped as already entered, and the reconciliation. */
export interface DepositImport {
  readonly imported: number;
  readonly importedCents: number;
  readonly deposits: readonly { readonly line: number; readonly depositId: string }[];
  readonly duplicates: readonly { readonly line: number; readonly depositId: string | null; readonly duplicateOfLine: number | null }[];
  readonly reconciliation: Reconciliation;
}

/** A deposit with its reconciliation history, oldest first. */
export interface DepositDetail extends DepositView {
  readonly history: readonly DepositMatchEvent[];
}

const SORTABLE = { depositDate: 'depositDate', amountCents: 'amountCents', createdAt: 'createdAt' } as const;

/**
 * Bank deposits: entered one by one or imported from the bank's CSV, matched to remittances by the
 * {@link DepositMatcher} in the same transaction, listed by state with near matches, matched and unmatched by hand with
 * a reason (history and audit trail). A deposit that names a trace number or a bank reference is entered once: the
 * same date, amount, trace and reference again is a duplicate.
 */
@Injectable()
export class DepositService {
  constructor(
    private readonly orm: MikroORM,
    private readonly matcher: DepositMatcher,
  ) {}

  async create(context: RequestContext, input: DepositInput): Promise<DepositEntered> {
    const issues = depositInputIssues(input);
    if (issues.length > 0) throw new ValidationError(issues);
    return currentEntityManager(this.orm).transactional(async (tx) => {
      const em = tx as EntityManager;
      const [earlier] = await this.earlierDuplicates(em, context, [input]);
      if (earlier) throw new ConflictError(`deposit ${earlier.id} of ${earlier.depositDate} has the same amount, trace number and bank reference`);
      const deposit = this.store(em, context, input, 'api');
      await em.flush();
      const reconciliation = await this.matcher.reconcile(context, em);
      return { deposit: (await this.views(em, context, [deposit]))[0] as DepositView, reconciliation };
    });
  }

  /** Imports a bank CSV (see {@link parseDepositCsv}): all its deposits or, on a bad line, none. */
  async importCsv(context: RequestContext, text: string): Promise<DepositImport> {
    const rows = parseDepositCsv(text);
    return currentEntityManager(this.orm).transactional(async (tx) => {
      const em = tx as EntityManager;
      const earlier = new Map((await this.earlierDuplicates(em, context, rows)).map((deposit) => [duplicateKey(deposit), deposit.id]));
      const seen = new Map<string, number>();
      const deposits: { line: number; depositId: string }[] = [];
      const duplicates: DepositImport['duplicates'][number][] = [];
      let importedCents = 0;
      for (const row of rows) {
        const key = duplicateKey(row);
        if (key !== null && (earlier.has(key) || seen.has(key))) {
          duplicates.push({ line: row.line, depositId: earlier.get(key) ?? null, duplicateOfLine: seen.get(key) ?? null });
          continue;
        }
        if (key !== null) seen.set(key, row.line);
        deposits.push({ line: row.line, depositId: this.store(em, context, row, 'csv').id });
        importedCents += row.amountCents;
      }
      await em.flush();
      return { imported: deposits.length, importedCents, deposits, duplicates, reconciliation: await this.matcher.reconcile(context, em) };
    });
  }

  /** Posted remittances with money that no deposit matched, with near-match deposits. */
  unmatchedRemittances(context: RequestContext, query: ListQuery): Promise<Page<UnmatchedRemittance>> {
    return unmatchedRemittances(currentEntityManager(this.orm), context.organizationId, query);
  }

  reconcile(context: RequestContext): Promise<Reconciliation> {
    return this.matcher.reconcile(context);
  }

  async list(context: RequestContext, filters: DepositFilters, query: ListQuery): Promise<Page<DepositView>> {
    const em = currentEntityManager(this.orm);
    const where: FilterQuery<Deposit> = { organizationId: context.organizationId, ...(filters.state ? { remittanceId: filters.state === 'matched' ? { $ne: null } : null } : {}) };
    const page = await findPage(em, Deposit, where, query, orderByOf<Deposit>(query.sort ?? '-depositDate', SORTABLE, { createdAt: 'asc', id: 'asc' }), (deposit) => deposit);
    return { ...page, items: await this.views(em, context, page.items) };
  }

  async get(context: RequestContext, depositId: string): Promise<DepositDetail> {
    const em = currentEntityManager(this.orm);
    const deposit = await this.find(em, context, depositId);
    const history = await em.find(DepositMatchEvent, { organizationId: context.organizationId, depositId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return { ...((await this.views(em, context, [deposit]))[0] as DepositView), history };
  }

  /** Matches a deposit to a remittance by hand (amounts may differ: the view shows the difference), with the reason. */
  async match(context: RequestContext, depositId: string, remittanceId: string, reason: string): Promise<DepositDetail> {
    await currentEntityManager(this.orm).transactional(async (tx) => {
      const em = tx as EntityManager;
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`deposits:${context.organizationId}`]);
      const deposit = await this.find(em, context, depositId);
      if (deposit.remittanceId !== null) throw new ConflictError(`deposit ${depositId} is matched to remittance ${deposit.remittanceId}; unmatch it first`);
      const remittance = await em.findOne(Remittance, { id: remittanceId, organizationId: context.organizationId }, { fields: ['id'] });
      if (!remittance) throw new NotFoundError('remittance', remittanceId);
      const other = await em.findOne(Deposit, { organizationId: context.organizationId, remittanceId }, { fields: ['id'] });
      if (other) throw new ConflictError(`remittance ${remittanceId} is matched to deposit ${other.id}`);
      recordMatch(em, context, deposit, remittanceId, 'manual', reason.trim());
      await em.flush();
    });
    return this.get(context, depositId);
  }

  /** Undoes a deposit's match, with the reason; the matcher never pairs the two again. */
  async unmatch(context: RequestContext, depositId: string, reason: string): Promise<DepositDetail> {
    await currentEntityManager(this.orm).transactional(async (tx) => {
      const em = tx as EntityManager;
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`deposits:${context.organizationId}`]);
      const deposit = await this.find(em, context, depositId);
      if (deposit.remittanceId === null) throw new ConflictError(`deposit ${depositId} is not matched`);
      recordUnmatch(em, context, deposit, deposit.remittanceId, reason.trim());
      await em.flush();
    });
    return this.get(context, depositId);
  }

  private store(em: EntityManager, context: RequestContext, input: DepositInput, source: DepositSource): Deposit {
    return em.create(Deposit, {
      organizationId: context.organizationId,
      depositDate: input.depositDate,
      amountCents: input.amountCents,
      traceNumber: textOrNull(input.traceNumber),
      payerName: textOrNull(input.payerName),
      bankReference: textOrNull(input.bankReference),
      note: textOrNull(input.note),
      source,
      enteredBy: actorOf(context),
    });
  }

  /** Stored deposits that `inputs` would repeat (same date, amount, trace and reference, one of the two given). */
  private async earlierDuplicates(em: EntityManager, context: RequestContext, inputs: readonly DepositInput[]): Promise<Deposit[]> {
    const keys = new Set(inputs.map(duplicateKey).filter((key): key is string => key !== null));
    if (keys.size === 0) return [];
    const candidates = await em.find(Deposit, { organizationId: context.organizationId, depositDate: { $in: [...new Set(inputs.map((input) => input.depositDate))] } });
    return candidates.filter((deposit) => keys.has(duplicateKey(deposit) ?? ''));
  }

  private async find(em: EntityManager, context: RequestContext, depositId: string): Promise<Deposit> {
    const deposit = await em.findOne(Deposit, { id: depositId, organizationId: context.organizationId });
    if (!deposit) throw new NotFoundError('deposit', depositId);
    return deposit;
  }

  /** Views of deposits: the remittance of each matched one, the near matches of each unmatched one. */
  private async views(em: EntityManager, context: RequestContext, deposits: readonly Deposit[]): Promise<DepositView[]> {
    const remittanceIds = deposits.flatMap((deposit) => (deposit.remittanceId ? [deposit.remittanceId] : []));
    const remittances = remittanceIds.length === 0 ? [] : await em.find(Remittance, { organizationId: context.organizationId, id: { $in: remittanceIds } });
    const summaries = new Map(remittances.map((remittance) => [remittance.id, summaryOf(remittance)]));
    const unmatched = deposits.filter((deposit) => deposit.remittanceId === null);
    const keys = [...new Set(unmatched.map((deposit) => traceKey(deposit.traceNumber)).filter((key): key is string => key !== null))];
    const open = await openRemittancesByTrace(em, context.organizationId, keys);
    const nearOf = (deposit: Deposit): NearMatch[] =>
      open.filter((remittance) => traceKey(remittance.traceNumber) === traceKey(deposit.traceNumber) && remittance.paymentCents !== deposit.amountCents).map((remittance) => nearMatchOf(deposit, remittance));
    return deposits.map((deposit) => depositView(deposit, deposit.remittanceId ? summaries.get(deposit.remittanceId) : undefined, nearOf(deposit)));
  }
}

/** What makes two deposits the same: date, amount, trace and bank reference, when a trace or reference is given. */
function duplicateKey(input: DepositInput): string | null {
  const trace = traceKey(input.traceNumber);
  const reference = traceKey(input.bankReference);
  if (trace === null && reference === null) return null;
  return [input.depositDate, input.amountCents, trace ?? '', reference ?? ''].join('|');
}

/** A remittance as the deposit views show it. */
export function summaryOf(remittance: Remittance): RemittanceSummary {
  return {
    id: remittance.id,
    traceNumber: remittance.traceNumber,
    traceOriginator: remittance.traceOriginator,
    payerName: remittance.payerName,
    paymentCents: remittance.paymentCents,
    paymentDate: remittance.paymentDate,
    method: remittance.method,
    receivedOn: remittance.receivedOn,
  };
}
