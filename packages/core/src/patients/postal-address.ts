import { z } from 'zod';

/** A US postal address as claims carry it (N3/N4). */
export interface PostalAddress {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  /** Two-letter state code. */
  readonly state: string;
  /** Five digits, or ZIP+4 as nine digits (a dash allowed). */
  readonly postalCode: string;
}

/** The API shape of {@link PostalAddress}. */
export const postalAddressSchema = z
  .object({
    line1: z.string().trim().min(1).max(55),
    line2: z.string().trim().min(1).max(55).optional(),
    city: z.string().trim().min(1).max(30),
    state: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, 'a two-letter state code')
      .transform((state) => state.toUpperCase()),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{5}(-?\d{4})?$/, 'five digits, or ZIP+4')
      .transform((code) => code.replace('-', '')),
  })
  .describe('postal address (line1, optional line2, city, two-letter state, ZIP or ZIP+4)');
