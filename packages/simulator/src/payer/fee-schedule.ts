import type { ServiceLine837P } from '@openrcm/x12';
import { basisPointsOf } from './money';
import type { FeeSchedule } from './payer-rules.types';

/**
 * The allowed amount of a line before cost sharing, in integer cents: the fee of `CODE:MODIFIER` (first modifier) or
 * `CODE` times the units, or the default percentage of the charge; never more than the charge (lesser of fee and charge).
 */
export function allowedCentsOf(line: ServiceLine837P, schedule: FeeSchedule): number {
  const modifier = line.modifiers?.[0];
  const fee = (modifier === undefined ? undefined : schedule.fees[`${line.procedureCode}:${modifier}`]) ?? schedule.fees[line.procedureCode];
  const allowed = fee === undefined ? basisPointsOf(line.chargeCents, schedule.defaultBasisPointsOfCharge) : Math.round(fee * line.quantity);
  return Math.min(allowed, line.chargeCents);
}
