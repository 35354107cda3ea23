import { Entity, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/**
 * A place the organization sees patients: the service facility of a claim (837P 2310C) and, for the main office, the
 * billing provider's street address (2010AA, which needs the 9-digit ZIP).
 */
@Entity({ tableName: 'location' })
export class Location extends TenantEntity<'npi' | 'addressLine2' | 'phone' | 'active'> {
  @Property({ type: 'text' })
  name!: string;

  /** The facility's type-2 NPI (2310C NM109), when it has its own. */
  @Property({ type: 'text', nullable: true })
  npi: string | null = null;

  /** A street address; a PO box belongs in the pay-to address (2010AB), never here. */
  @Property({ type: 'text', fieldName: 'address_line1' })
  addressLine1!: string;

  @Property({ type: 'text', fieldName: 'address_line2', nullable: true })
  addressLine2: string | null = null;

  @Property({ type: 'text' })
  city!: string;

  /** USPS two-letter state or territory code. */
  @Property({ type: 'text' })
  state!: string;

  /** Five or nine digits, no dash (`606011234`). */
  @Property({ type: 'text' })
  zip!: string;

  /** Ten digits, no punctuation. */
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** The place-of-service code charges at this location default to (`11` office, `22` outpatient hospital …). */
  @Property({ type: 'text', fieldName: 'place_of_service_code' })
  placeOfServiceCode!: string;

  @Property({ type: 'boolean' })
  active = true;
}
