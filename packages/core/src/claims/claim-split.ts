import type { UnitType } from '../encounters/charge.entity';

/** At most 50 service lines on a professional claim. */
export const MAX_CLAIM_LINES = 50;
/** At most 12 diagnoses on a professional claim. */
export const MAX_CLAIM_DIAGNOSES = 12;

/** A charge as the split reads it: pointers into the encounter's diagnoses. */
export interface ChargeToBill {
  readonly chargeId: string;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly unitType: UnitType;
  readonly amountCents: number;
  /** 1-based positions in the encounter's diagnoses. */
  readonly diagnosisPointers: readonly number[];
  readonly dateOfService: string;
  readonly placeOfService: string;
  readonly renderingProviderId: string;
  readonly authorizationId: string | null;
  /** Charge entry order (createdAt, then id) breaks ties of the date of service. */
  readonly enteredAt: Date;
}

/** A line of a planned claim: its pointers remapped to the claim's own diagnoses. */
export interface PlannedLine extends Omit<ChargeToBill, 'diagnosisPointers' | 'enteredAt'> {
  readonly lineNumber: number;
  readonly diagnosisPointers: number[];
}

/** One claim to build: its rendering provider, diagnoses, lines and total. */
export interface PlannedClaim {
  readonly renderingProviderId: string;
  readonly diagnoses: string[];
  readonly lines: PlannedLine[];
  readonly totalChargeCents: number;
}

/** Stable line order: date of service, then charge entry order, then id. */
export function inClaimOrder(charges: readonly ChargeToBill[]): ChargeToBill[] {
  return [...charges].sort(
    (a, b) => a.dateOfService.localeCompare(b.dateOfService) || a.enteredAt.getTime() - b.enteredAt.getTime() || a.chargeId.localeCompare(b.chargeId),
  );
}

/**
 * Plans the claims of an encounter: lines in claim order, grouped by rendering provider (a claim names one, 2310B),
 * then cut into claims of at most 50 lines; each claim keeps only the diagnoses its lines point to, in the
 * encounter's order, and its lines' pointers are remapped to that list.
 */
export function planClaims(diagnoses: readonly string[], charges: readonly ChargeToBill[], claimRenderingProviderId: string): PlannedClaim[] {
  const ordered = inClaimOrder(charges);
  const providers = [...new Set([claimRenderingProviderId, ...ordered.map((charge) => charge.renderingProviderId)])];
  const groups = providers.map((providerId) => ordered.filter((charge) => charge.renderingProviderId === providerId)).filter((group) => group.length > 0);
  return groups.flatMap((group) => chunks(group, MAX_CLAIM_LINES).map((lines) => planClaim(diagnoses, lines)));
}

function planClaim(diagnoses: readonly string[], charges: readonly ChargeToBill[]): PlannedClaim {
  const used = [...new Set(charges.flatMap((charge) => charge.diagnosisPointers))].sort((a, b) => a - b);
  for (const pointer of used) {
    if (!Number.isInteger(pointer) || pointer < 1 || pointer > diagnoses.length) throw new Error(`diagnosis pointer ${pointer} is outside the encounter's ${diagnoses.length} diagnoses`);
  }
  if (used.length > MAX_CLAIM_DIAGNOSES) throw new Error(`the lines point to ${used.length} diagnoses; a claim carries at most ${MAX_CLAIM_DIAGNOSES}`);
  const remap = new Map(used.map((pointer, index) => [pointer, index + 1]));
  const lines = charges.map(({ enteredAt: _enteredAt, diagnosisPointers, ...charge }, index) => ({
    ...charge,
    lineNumber: index + 1,
    diagnosisPointers: diagnosisPointers.map((pointer) => remap.get(pointer) as number),
  }));
  return {
    renderingProviderId: charges[0]?.renderingProviderId as string,
    diagnoses: used.map((pointer) => diagnoses[pointer - 1] as string),
    lines,
    totalChargeCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
  };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
