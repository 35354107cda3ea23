import { Money, type BenefitAmount, type EligibilityBenefits } from '@openrcm/sdk';
import {
  ACTIVE_PLAN_STATUS_CODES,
  BENEFIT_JSON,
  COVERAGE_JSON,
  MESSAGE_JSON,
  NETWORK_BENEFIT_JSON,
  NETWORK_LISTS,
  PLAN_JSON,
} from './availity-fields';
import type { CoverageJson } from './availity-coverages.client';

type Json = Readonly<Record<string, unknown>>;

/**
 * Normalises a complete Availity coverage to OpenRCM's benefits: the first active plan (else the first plan), its
 * dates and name, and from the benefit of the requested service type (else `30`, else the first) the copay,
 * coinsurance, deductible and out-of-pocket, each from the in-network list when there is one (then
 * not-applicable, no-network, out-of-network). Amounts are exact cents; `raw` is the document as received.
 */
export function mapBenefits(coverage: CoverageJson, serviceType: string): EligibilityBenefits {
  const plans = list(coverage[COVERAGE_JSON.plans]);
  const plan = plans.find((p) => isActive(p[PLAN_JSON.statusCode])) ?? plans[0];
  const benefits = list(plan?.[PLAN_JSON.benefits]);
  const benefit = benefits.find((b) => b[BENEFIT_JSON.type] === serviceType) ?? benefits.find((b) => b[BENEFIT_JSON.type] === '30') ?? benefits[0];
  const amounts = object(benefit?.[BENEFIT_JSON.amounts]);
  const copay = pick(amounts[BENEFIT_JSON.coPayment]);
  const coinsurance = pick(amounts[BENEFIT_JSON.coInsurance]);
  return {
    active: plan !== undefined && isActive(plan[PLAN_JSON.statusCode]),
    planBeginDate: firstDate(plan, PLAN_JSON.beginDates),
    planEndDate: firstDate(plan, PLAN_JSON.endDates),
    planName: text(plan?.[PLAN_JSON.planName]),
    copayCents: cents(copay?.entry[NETWORK_BENEFIT_JSON.amount]),
    coinsuranceBasisPoints: basisPoints(coinsurance?.entry[NETWORK_BENEFIT_JSON.amount], text(coinsurance?.entry[NETWORK_BENEFIT_JSON.units])),
    deductible: accumulator(amounts[BENEFIT_JSON.deductibles]),
    outOfPocket: accumulator(amounts[BENEFIT_JSON.outOfPocket]),
    messages: messagesOf(coverage, plan, benefit),
    raw: coverage,
  };
}

function isActive(statusCode: unknown): boolean {
  return typeof statusCode === 'string' && ACTIVE_PLAN_STATUS_CODES.includes(statusCode);
}

function accumulator(detail: unknown): BenefitAmount | undefined {
  const picked = pick(detail, true);
  if (!picked) return undefined;
  const totalCents = cents(picked.entry[NETWORK_BENEFIT_JSON.total] ?? picked.entry[NETWORK_BENEFIT_JSON.amount]);
  const remainingCents = cents(picked.entry[NETWORK_BENEFIT_JSON.remaining]);
  if (totalCents === undefined && remainingCents === undefined) return undefined;
  return { totalCents, remainingCents, inNetwork: picked.inNetwork };
}

/** The preferred network list's entry (the individual level first, for accumulators). */
function pick(detail: unknown, preferIndividual = false): { entry: Json; inNetwork: boolean | undefined } | undefined {
  const lists = object(detail);
  for (const { field, inNetwork } of NETWORK_LISTS) {
    const entries = list(lists[field]);
    const individual = preferIndividual ? entries.find((e) => e[NETWORK_BENEFIT_JSON.level] === NETWORK_BENEFIT_JSON.individualLevel) : undefined;
    const entry = individual ?? entries[0];
    if (entry) return { entry, inNetwork };
  }
  return undefined;
}

/** A dollar amount string as cents; `undefined` when absent or unreadable. */
export function cents(value: unknown): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  try {
    return Money.parse(String(value).replace(/[$,]/g, '')).cents;
  } catch {
    return undefined;
  }
}

/**
 * Coinsurance as basis points. Availity writes a percent (`20`, units `Percent`); an X12-style fraction (`0.2`) is
 * read as such when no percent unit is given and the value is below 1.
 */
export function basisPoints(value: unknown, units: string | undefined): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const textValue = String(value).replace('%', '').trim();
  const isFraction = !/percent|%/i.test(`${units ?? ''}${String(value)}`) && Number(textValue) < 1;
  const percentText = isFraction ? shiftTwoPlaces(textValue) : textValue;
  return cents(percentText);
}

function shiftTwoPlaces(decimal: string): string {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return `${whole}${fraction.slice(0, 2).padEnd(2, '0')}.${fraction.slice(2) || '0'}`;
}

function firstDate(plan: Json | undefined, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = text(plan?.[field]);
    const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
    if (iso) return iso;
    const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value ?? '');
    if (us) return `${us[3]}-${us[1]}-${us[2]}`;
  }
  return undefined;
}

function messagesOf(coverage: CoverageJson, plan: Json | undefined, benefit: Json | undefined): string[] {
  const notes = [...list(plan?.[PLAN_JSON.payerNotes]), ...list(benefit?.[PLAN_JSON.payerNotes])].map((n) => text(n[MESSAGE_JSON.message]));
  const validation = list(coverage[COVERAGE_JSON.validationMessages]).map((m) => text(m[MESSAGE_JSON.errorMessage]));
  return [...notes, ...validation].filter((m): m is string => typeof m === 'string' && m.length > 0);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter((v): v is Json => typeof v === 'object' && v !== null) : [];
}

function object(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
