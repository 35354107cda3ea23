import type { ValidationIssue } from '@openrcm/sdk';

/** A Medicare payment locality: the MAC contractor number and the locality number within it (e.g. 10112 / 00). */
export interface MedicareLocality {
  readonly mac: string;
  readonly locality: string;
}

/** The MAC number as five digits (`2102` → `02102`), or undefined when it is not one to five digits. */
export function normalizeMac(mac: string): string | undefined {
  const trimmed = mac.trim();
  return /^\d{1,5}$/.test(trimmed) ? trimmed.padStart(5, '0') : undefined;
}

/** The locality number as two digits (`0` → `00`), or undefined when it is not one or two digits. */
export function normalizeLocalityNumber(locality: string): string | undefined {
  const trimmed = locality.trim();
  return /^\d{1,2}$/.test(trimmed) ? trimmed.padStart(2, '0') : undefined;
}

/** The locality in its stored form, or the issues naming `${prefix}mac` / `${prefix}locality`. */
export function normalizeLocality(input: MedicareLocality, prefix = ''): MedicareLocality | ValidationIssue[] {
  const mac = normalizeMac(input.mac);
  const locality = normalizeLocalityNumber(input.locality);
  const issues: ValidationIssue[] = [];
  if (!mac) issues.push({ field: `${prefix}mac`, message: `"${input.mac}" is not a MAC contractor number (up to five digits, e.g. 10112)` });
  if (!locality) issues.push({ field: `${prefix}locality`, message: `"${input.locality}" is not a locality number (one or two digits, e.g. 00)` });
  return mac && locality ? { mac, locality } : issues;
}
