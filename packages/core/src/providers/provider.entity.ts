import { Entity, Property, Unique } from '@mikro-orm/core';
import { EncryptedStringType } from '../crypto';
import { TenantEntity } from '../persistence/base.entity';

/** An individual clinician (NPI type 1) or a group or facility (NPI type 2). */
export type ProviderKind = 'individual' | 'organization';

/** A billing, rendering or referring provider of the organization (claims: 2010AA, 2310A, 2310B). */
@Entity({ tableName: 'provider' })
@Unique({ name: 'provider_npi_unique', properties: ['organizationId', 'npi'] })
export class Provider extends TenantEntity<'firstName' | 'taxonomy' | 'taxId' | 'active'> {
  @Property({ type: 'text' })
  kind!: ProviderKind;

  /** Last name of an individual, or the organization's name (NM103). */
  @Property({ type: 'text' })
  name!: string;

  /** First name of an individual (NM104). */
  @Property({ type: 'text', fieldName: 'first_name', nullable: true })
  firstName: string | null = null;

  /** Ten digits with a valid check digit (NM109). */
  @Property({ type: 'text' })
  npi!: string;

  /** NUCC provider taxonomy code (PRV03), when payers require it. */
  @Property({ type: 'text', nullable: true })
  taxonomy: string | null = null;

  /** Employer identification number, nine digits (REF*EI); encrypted at rest. */
  @Property({ type: new EncryptedStringType({ purpose: 'provider.tax_id' }), fieldName: 'tax_id', nullable: true, hidden: true })
  taxId: string | null = null;

  @Property({ type: 'boolean' })
  active = true;
}
