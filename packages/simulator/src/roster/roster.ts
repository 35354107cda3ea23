import { DEFAULT_MEMBERS, DEFAULT_PAYERS } from './default-roster';
import type { RosterMember, RosterMiss, RosterPayer } from './roster.types';

/** What {@link Roster.find} is asked: the payer, the member id and, to tell dependents apart, the birth date. */
export interface RosterQuery {
  /** The payer's id at the network. */
  readonly payerId: string;
  /** The member id on the card. */
  readonly memberId: string;
  /** The patient's birth date (ISO calendar date); without it the subscriber (relationship `18`) or the first match. */
  readonly birthDate?: string;
}

/** The answer of {@link Roster.find}: the member, or why there is none. */
export type RosterLookup = { readonly found: true; readonly member: RosterMember } | { readonly found: false; readonly miss: RosterMiss };

/** Options of {@link createRoster}. */
export interface RosterOptions {
  /** The payers (default {@link DEFAULT_PAYERS}). */
  readonly payers?: readonly RosterPayer[];
  /** The members (default {@link DEFAULT_MEMBERS}); each is checked as {@link Roster.addMember} does. */
  readonly members?: readonly RosterMember[];
}

/**
 * The simulator's payers and members: the single source the fake eligibility server answers from (and, later, the
 * payer's adjudication rules), so a test's coverage answer and its claim's payment agree.
 */
export class Roster {
  private readonly payerList: RosterPayer[];
  private readonly memberList: RosterMember[] = [];

  constructor(options: RosterOptions = {}) {
    this.payerList = [...(options.payers ?? DEFAULT_PAYERS)];
    for (const member of options.members ?? DEFAULT_MEMBERS) this.addMember(member);
  }

  /** Every payer. */
  payers(): readonly RosterPayer[] {
    return [...this.payerList];
  }

  /** Every member, in the order added. */
  members(): readonly RosterMember[] {
    return [...this.memberList];
  }

  /** The payer with this id, if any. */
  payer(id: string): RosterPayer | undefined {
    return this.payerList.find((payer) => payer.id === id);
  }

  /** Adds a payer; refuses a duplicate id. */
  addPayer(payer: RosterPayer): void {
    if (this.payer(payer.id)) throw new Error(`roster: payer ${payer.id} already exists`);
    this.payerList.push(payer);
  }

  /** Adds a member after checking it (known payer, dates, integer cents, remaining within total, no duplicate). */
  addMember(member: RosterMember): void {
    const problems = memberProblems(member, this);
    if (problems.length > 0) throw new Error(`roster: invalid member: ${problems.join('; ')}`);
    this.memberList.push(member);
  }

  /** Finds the member a coverage request is about, or says why there is none. */
  find(query: RosterQuery): RosterLookup {
    if (!this.payer(query.payerId)) return { found: false, miss: 'payer-not-found' };
    const sameId = this.memberList.filter((m) => m.payerId === query.payerId && m.memberId.toUpperCase() === query.memberId.toUpperCase());
    if (sameId.length === 0) return { found: false, miss: 'member-not-found' };
    const member = query.birthDate
      ? sameId.find((m) => m.birthDate === query.birthDate)
      : (sameId.find((m) => m.relationshipCode === '18') ?? sameId[0]);
    return member ? { found: true, member } : { found: false, miss: 'birth-date-mismatch' };
  }
}

/** A roster of the default payers and members, or of the ones given. */
export function createRoster(options: RosterOptions = {}): Roster {
  return new Roster(options);
}

/** Whether the member's coverage is in force on `date` (ISO calendar date): active and within the plan dates. */
export function isCoveredOn(member: RosterMember, date: string): boolean {
  return member.active && member.planBeginDate <= date && (member.planEndDate === undefined || date <= member.planEndDate);
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function memberProblems(member: RosterMember, roster: Roster): string[] {
  const problems: string[] = [];
  if (!roster.payer(member.payerId)) problems.push(`payerId ${member.payerId} is not a roster payer`);
  if (!member.memberId.trim()) problems.push('memberId is empty');
  for (const field of ['birthDate', 'planBeginDate', 'planEndDate'] as const) {
    const value = member[field];
    if (value !== undefined && !ISO_DATE.test(value)) problems.push(`${field} must be an ISO calendar date`);
  }
  if (member.planEndDate && member.planEndDate < member.planBeginDate) problems.push('planEndDate is before planBeginDate');
  for (const [field, cents] of [['copayCents', member.copayCents], ['coinsuranceBasisPoints', member.coinsuranceBasisPoints]] as const) {
    if (!Number.isSafeInteger(cents) || cents < 0) problems.push(`${field} must be a non-negative integer`);
  }
  if (member.coinsuranceBasisPoints > 10000) problems.push('coinsuranceBasisPoints must be at most 10000');
  for (const field of ['deductible', 'outOfPocket'] as const) {
    const { totalCents, remainingCents } = member[field];
    if (!Number.isSafeInteger(totalCents) || !Number.isSafeInteger(remainingCents) || totalCents < 0 || remainingCents < 0) {
      problems.push(`${field} amounts must be non-negative integer cents`);
    } else if (remainingCents > totalCents) problems.push(`${field}.remainingCents exceeds totalCents`);
  }
  if (roster.members().some((m) => m.payerId === member.payerId && m.memberId === member.memberId && m.birthDate === member.birthDate)) {
    problems.push('a member with this payer, member id and birth date already exists');
  }
  return problems;
}
