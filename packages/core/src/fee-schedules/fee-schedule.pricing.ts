import type { EntityManager } from '@mikro-orm/postgresql';
import type { MedicarePfsPricer } from '../medicare-pfs/medicare-pfs.pricer';
import { ROW_MODIFIERS } from '../medicare-pfs/pctc-indicators';
import { PfsDecimal, toCentsHalfUp } from '../medicare-pfs/pfs-decimal';
import { FeeScheduleEntry } from './fee-schedule-entry.entity';
import { FeeSchedule } from './fee-schedule.entity';
import type { FeeSchedulePrice, FeeSchedulePriceRequest, FeeSchedulePriceSource } from './fee-schedule.types';

/** The schedule effective on `date` for the payer (or, with null, the standard charge master), if any. */
export async function scheduleOn(em: EntityManager, organizationId: string, payerRecordId: string | null, date: string): Promise<FeeSchedule | null> {
  return em.findOne(
    FeeSchedule,
    { organizationId, payerRecordId, effectiveFrom: { $lte: date }, $or: [{ effectiveTo: null }, { effectiveTo: { $gte: date } }] },
    { orderBy: { effectiveFrom: 'desc' } },
  );
}

/**
 * The price of the code in one schedule: a fixed schedule's entry for the code with the first modifier, else its entry
 * without a modifier (undefined when it has neither); a percent-of-medicare schedule's percentage of the Medicare
 * PFS allowed amount (the published amount in cents) in its locality, in decimal, rounded half-up to the cent.
 */
export async function priceIn(em: EntityManager, pricer: MedicarePfsPricer, schedule: FeeSchedule, request: FeeSchedulePriceRequest): Promise<FeeSchedulePrice | undefined> {
  const base: FeeSchedulePriceSource = { feeScheduleId: schedule.id, name: schedule.name, kind: schedule.kind, payerRecordId: schedule.payerRecordId };
  if (schedule.kind === 'fixed') {
    const first = request.modifiers[0] ?? '';
    const entries = await em.find(FeeScheduleEntry, { organizationId: schedule.organizationId, feeScheduleId: schedule.id, code: request.code, modifier: { $in: [...new Set([first, ''])] } });
    const entry = entries.find((candidate) => candidate.modifier === first) ?? entries.find((candidate) => candidate.modifier === '');
    return entry ? { amountCents: entry.amountCents, source: { ...base, entryModifier: entry.modifier || null } } : undefined;
  }
  const points = schedule.percentBasisPoints as number;
  const medicare = await pricer.price({
    code: request.code,
    modifier: request.modifiers.find((modifier) => ROW_MODIFIERS.has(modifier)),
    locality: { mac: schedule.medicareMac as string, locality: schedule.medicareLocality as string },
    placeOfService: request.placeOfService,
    dateOfService: request.dateOfService,
  });
  if (!medicare.priced) return { amountCents: null, source: { ...base, percentBasisPoints: points }, reason: medicare.message };
  const exact = new PfsDecimal(medicare.allowedCents).div(100).times(points).div(10_000);
  const amountCents = toCentsHalfUp(exact);
  const percent = new PfsDecimal(points).div(100).toString();
  const formula = `Medicare allowed $${(medicare.allowedCents / 100).toFixed(2)} × ${percent} % = ${exact.toString()} → $${(amountCents / 100).toFixed(2)} (half-up to the cent)`;
  return { amountCents, source: { ...base, percentBasisPoints: points, medicare, formula } };
}
