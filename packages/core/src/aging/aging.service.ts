import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { Organization } from '../organizations/organization.entity';
import { Patient } from '../patients/patient.entity';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { calendarDate, isCalendarDate } from '../time/calendar-date';
import { convertedCharges, firstBillDates, openAccounts, type AgingParty, type OpenAccount } from './aging-accounts.query';
import { ageAccounts, AGING_BUCKETS, type AgedGroup, type Aging, type AgingAccount } from './aging-buckets';

/** Where an account's age counts from. */
export const AGING_BASES = ['service-date', 'first-bill-date'] as const;
export type AgingBasis = (typeof AGING_BASES)[number];

/** What an aging report is asked for. */
export interface AgingRequest {
  readonly by: AgingParty;
  readonly basis: AgingBasis;
  /** YYYY-MM-DD; default today in the organization's time zone. */
  readonly asOf?: string;
}

/** Balances aged from the date of service because no first bill date was on record by "as of". */
export interface ServiceDateFallback {
  readonly accounts: number;
  readonly totalCents: number;
  /** Never sent through OpenRCM (no submitted batch). */
  readonly neverBilled: { readonly accounts: number; readonly totalCents: number };
  /** Brought in by the open A/R conversion: billed by the previous system, whose bill date the 837P does not carry. */
  readonly converted: { readonly accounts: number; readonly totalCents: number };
  readonly note: string;
}

/** One row of the report: a payer or a patient with its name. */
export interface AgingRow extends Omit<AgedGroup, 'groupId'> {
  readonly id: string;
  readonly name: string;
}

/** A/R aging: open balances by payer or patient in 0–30 … 121+ day buckets, in integer cents. */
export interface AgingReport {
  readonly asOf: string;
  readonly by: AgingParty;
  readonly basis: AgingBasis;
  readonly buckets: readonly string[];
  readonly rows: readonly AgingRow[];
  readonly totals: Aging['totals'];
  readonly creditBalances: Aging['creditBalances'];
  /** With basis `first-bill-date`: the balances aged from the date of service instead, and why; otherwise null. */
  readonly serviceDateFallback: ServiceDateFallback | null;
}

/**
 * Ages the open balances of the ledger (DESIGN §4: balances are sums of entries) as of a date: payer balances by
 * payer or patient balances by patient, each service line's account aged from its date of service or from its first
 * bill date (the first submitted 837P batch carrying it; the date of service when there is none, reported). Only
 * positive balances age; credit balances are counted apart. Patient names are read through the audited entity.
 */
@Injectable()
export class AgingService {
  constructor(private readonly orm: MikroORM) {}

  async report(context: RequestContext, request: AgingRequest): Promise<AgingReport> {
    const em = currentEntityManager(this.orm);
    const organization = await em.findOne(Organization, context.organizationId, { fields: ['timeZone'] });
    const timeZone = organization?.timeZone ?? 'UTC';
    const asOf = request.asOf ?? calendarDate(new Date(), timeZone);
    if (!isCalendarDate(asOf)) throw new ValidationError([{ field: 'asOf', message: 'a calendar date, YYYY-MM-DD' }]);
    const accounts = await openAccounts(em, context.organizationId, request.by, asOf);
    const { aged, fallback } = request.basis === 'service-date' ? { aged: accounts.map(fromServiceDate), fallback: null } : await this.fromFirstBill(em, context, accounts, asOf, timeZone);
    const aging = ageAccounts(aged, asOf);
    const names = await this.namesOf(em, context, request.by, aging.groups.map((group) => group.groupId));
    const rows = aging.groups
      .map(({ groupId, ...sums }) => ({ id: groupId, name: names.get(groupId) ?? groupId, ...sums }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { asOf, by: request.by, basis: request.basis, buckets: AGING_BUCKETS, rows, totals: aging.totals, creditBalances: aging.creditBalances, serviceDateFallback: fallback };
  }

  private async fromFirstBill(em: EntityManager, context: RequestContext, accounts: readonly OpenAccount[], asOf: string, timeZone: string): Promise<{ aged: AgingAccount[]; fallback: ServiceDateFallback }> {
    const chargeIds = [...new Set(accounts.map((account) => account.chargeId))];
    const billed = await firstBillDates(em, context.organizationId, chargeIds, asOf, timeZone);
    const converted = await convertedCharges(em, context.organizationId, chargeIds);
    const neverBilled = { accounts: 0, totalCents: 0 };
    const convertedSums = { accounts: 0, totalCents: 0 };
    const aged = accounts.map((account): AgingAccount => {
      const first = billed.get(account.chargeId);
      if (first) return { groupId: account.groupId, balanceCents: account.balanceCents, agedFrom: first };
      if (account.balanceCents > 0) {
        const sums = converted.has(account.chargeId) ? convertedSums : neverBilled;
        sums.accounts += 1;
        sums.totalCents += account.balanceCents;
      }
      return fromServiceDate(account);
    });
    const accountsCount = neverBilled.accounts + convertedSums.accounts;
    const totalCents = neverBilled.totalCents + convertedSums.totalCents;
    return {
      aged,
      fallback: {
        accounts: accountsCount,
        totalCents,
        neverBilled,
        converted: convertedSums,
        note:
          accountsCount === 0
            ? `every open balance was aged from its first bill date`
            : `${accountsCount} open service-line balance(s) (${totalCents} cents) have no 837P submission on record by ${asOf} and are aged from the date of service: ` +
              `${neverBilled.accounts} never billed through OpenRCM, ${convertedSums.accounts} billed by the previous system before the open A/R conversion`,
      },
    };
  }

  /** Payer names, or patient names ("Last, First") read through the audited entity. */
  private async namesOf(em: EntityManager, context: RequestContext, by: AgingParty, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    if (by === 'payer') {
      const payers = await em.find(Payer, { organizationId: context.organizationId, id: { $in: [...ids] } }, { fields: ['id', 'name'] });
      return new Map(payers.map((payer) => [payer.id, payer.name]));
    }
    const patients = await em.find(Patient, { organizationId: context.organizationId, id: { $in: [...ids] } });
    return new Map(patients.map((patient) => [patient.id, `${patient.lastName}, ${patient.firstName}`]));
  }
}

function fromServiceDate(account: OpenAccount): AgingAccount {
  return { groupId: account.groupId, balanceCents: account.balanceCents, agedFrom: account.dateOfService };
}
