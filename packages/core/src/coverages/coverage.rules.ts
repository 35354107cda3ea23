import type { ValidationIssue } from '@openrcm/sdk';
import type { AdministrativeSex } from '../patients/patient.entity';
import type { PostalAddress } from '../patients/postal-address';
import { COVERAGE_ORDERS, SELF_RELATIONSHIP, type CoverageOrder, type SubscriberRelationship } from './coverage.entity';

/** The subscriber when it is not the patient. */
export interface SubscriberInput {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly birthDate?: string;
  readonly sex?: AdministrativeSex;
  readonly address?: PostalAddress;
}

const SUBSCRIBER_FIELDS = ['firstName', 'lastName', 'birthDate', 'sex', 'address'] as const;
/** What an 837P states of a dependent's subscriber (2010BA): the guide sends their DMG only when they are the patient. */
const CLAIM_FILE_SUBSCRIBER_FIELDS = ['firstName', 'lastName', 'address'] as const;

/**
 * The issues of a subscriber: with relationship 18 (self) the patient is the subscriber and no subscriber is given;
 * with any other code the subscriber's name, birth date, sex and address are required (the claim sends them in
 * 2010BA while the patient goes in 2000C/2010CA). A coverage taken from a claim file (open A/R conversion) needs only
 * what the 837P states of a dependent's subscriber: name and address (no birth date or sex).
 */
export function subscriberIssues(relationship: SubscriberRelationship, subscriber: SubscriberInput | undefined, today: string, fromClaimFile = false): ValidationIssue[] {
  if (relationship === SELF_RELATIONSHIP) {
    return subscriber === undefined ? [] : [{ field: 'subscriber', message: 'must be left out when the patient is the subscriber (relationship 18)' }];
  }
  const required = fromClaimFile ? CLAIM_FILE_SUBSCRIBER_FIELDS : SUBSCRIBER_FIELDS;
  const issues: ValidationIssue[] = required.filter((field) => subscriber?.[field] === undefined).map((field) => ({
    field: `subscriber.${field}`,
    message: `required when the subscriber is not the patient (relationship ${relationship})`,
  }));
  if (subscriber?.birthDate !== undefined && subscriber.birthDate > today) issues.push({ field: 'subscriber.birthDate', message: 'must not be in the future' });
  return issues;
}

/** The issue of a date range whose end comes before its start. */
export function dateRangeIssues(from: string, to: string | null | undefined, toField: string): ValidationIssue[] {
  return to !== null && to !== undefined && to < from ? [{ field: toField, message: `must be on or after ${from}` }] : [];
}

/** Whether two inclusive date ranges (an open end when null) share a day. */
export function rangesOverlap(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

/** Sorts coverages primary, secondary, tertiary. */
export function byCoverageOrder<T extends { order: CoverageOrder }>(a: T, b: T): number {
  return COVERAGE_ORDERS.indexOf(a.order) - COVERAGE_ORDERS.indexOf(b.order);
}
