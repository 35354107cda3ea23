import type { Address } from '../common';
import type { SegmentWriter } from '../write';
import { formatDate8 } from '../values';
import type { Contact837P, Provider837P } from './x12-837p.types';

/** Writes N3 and N4 for an address. */
export function writeAddress(w: SegmentWriter, a: Address | undefined): void {
  if (!a) return;
  w.seg('N3', a.line1, a.line2);
  w.seg('N4', a.city, a.state, a.postalCode, a.countryCode);
}

/** Writes a PER*IC contact. */
export function writePer(w: SegmentWriter, c: Contact837P): void {
  const numbers: (string | undefined)[] = [];
  if (c.phone) numbers.push('TE', c.phone);
  if (c.email) numbers.push('EM', c.email);
  w.seg('PER', 'IC', c.name, ...numbers);
}

/** Writes an NM1 for a provider with its NPI (XX). */
export function writeProviderNm1(w: SegmentWriter, entity: string, p: Provider837P): void {
  w.seg('NM1', entity, p.entityType, p.lastName, p.firstName, p.middleName, undefined, p.suffix, 'XX', p.npi);
}

/** Writes an NM1 for a person or organisation name with an optional id. */
export function writeNameNm1(w: SegmentWriter, entity: string, type: '1' | '2', n: { lastName: string; firstName?: string; middleName?: string; suffix?: string }, idQualifier?: string, id?: string): void {
  w.seg('NM1', entity, type, n.lastName, n.firstName, n.middleName, undefined, n.suffix, id ? idQualifier : undefined, id);
}

/** Writes DMG*D8 when a birth date is known. */
export function writeDmg(w: SegmentWriter, birthDate: string | undefined, sex: string | undefined): void {
  if (birthDate) w.seg('DMG', 'D8', formatDate8(birthDate), sex);
}
