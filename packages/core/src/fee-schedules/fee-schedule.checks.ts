import { ValidationError, type ValidationIssue } from '@openrcm/sdk';
import { normalizeLocality, type MedicareLocality } from '../medicare-pfs/medicare-locality';
import { FEE_SCHEDULE_KINDS, type FeeScheduleKind } from './fee-schedule.entity';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is an ISO calendar date (YYYY-MM-DD). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text));
}

/** The fields of a schedule as they will be stored, before checking. */
export interface ScheduleFields {
  readonly name: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly kind: FeeScheduleKind;
  readonly percentBasisPoints: number | null;
  readonly medicareLocality: MedicareLocality | null;
}

/** The schedule's fields checked, the Medicare locality normalized; every bad field named at once. */
export function checkScheduleFields(fields: ScheduleFields): { medicareMac: string | null; medicareLocality: string | null } {
  const issues: ValidationIssue[] = [];
  if (fields.name.trim() === '') issues.push({ field: 'name', message: 'required' });
  if (!isIsoDate(fields.effectiveFrom)) issues.push({ field: 'effectiveFrom', message: 'a calendar date, YYYY-MM-DD' });
  if (fields.effectiveTo !== null && !isIsoDate(fields.effectiveTo)) issues.push({ field: 'effectiveTo', message: 'a calendar date, YYYY-MM-DD' });
  else if (fields.effectiveTo !== null && fields.effectiveTo < fields.effectiveFrom) issues.push({ field: 'effectiveTo', message: `before effectiveFrom ${fields.effectiveFrom}` });
  if (!FEE_SCHEDULE_KINDS.includes(fields.kind)) issues.push({ field: 'kind', message: `one of ${FEE_SCHEDULE_KINDS.join(', ')}` });
  let locality: MedicareLocality | null = null;
  if (fields.kind === 'percent-of-medicare') {
    const points = fields.percentBasisPoints;
    if (points === null || !Number.isInteger(points) || points < 1 || points > 100_000) {
      issues.push({ field: 'percentBasisPoints', message: 'required for percent-of-medicare: basis points from 1 to 100000 (12000 = 120 %)' });
    }
    if (!fields.medicareLocality) issues.push({ field: 'medicareLocality', message: 'required for percent-of-medicare: the MAC and locality priced' });
    else {
      const normalized = normalizeLocality(fields.medicareLocality, 'medicareLocality.');
      if (Array.isArray(normalized)) issues.push(...normalized);
      else locality = normalized;
    }
  } else {
    if (fields.percentBasisPoints !== null) issues.push({ field: 'percentBasisPoints', message: 'only for percent-of-medicare schedules' });
    if (fields.medicareLocality !== null) issues.push({ field: 'medicareLocality', message: 'only for percent-of-medicare schedules' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { medicareMac: locality?.mac ?? null, medicareLocality: locality?.locality ?? null };
}

/** Whether two inclusive date ranges (null end = open) share a day. */
export function rangesOverlap(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
}
