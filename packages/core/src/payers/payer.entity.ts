import { Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/**
 * An insurance payer the organization bills: its X12 payer id (2010BB NM109), claim filing indicator (SBR09), the
 * limits it sets on filing and appeals, and which plugins serve it (clearinghouse for 837P/835, eligibility connector).
 */
@Entity({ tableName: 'payer' })
@Unique({ name: 'payer_payer_id_unique', properties: ['organizationId', 'payerId'] })
export class Payer extends TenantEntity<'timelyFilingDays' | 'appealLimitDays' | 'followUpDays' | 'clearinghousePluginId' | 'eligibilityPluginId' | 'authorizationRequiredCodes' | 'active'> {
  /** The payer's name as on claims (2010BB NM103). */
  @Property({ type: 'text' })
  name!: string;

  /** The payer id the clearinghouse routes on (2010BB NM109), e.g. `00431` or `CMS`. */
  @Property({ type: 'text', fieldName: 'payer_id' })
  payerId!: string;

  /** SBR09 claim filing indicator: `MB` Medicare Part B, `MC` Medicaid, `CI` commercial, `BL` Blue Cross … */
  @Property({ type: 'text', fieldName: 'claim_filing_indicator' })
  claimFilingIndicator!: string;

  /** Days from the date of service within which a claim must be filed (Medicare: 365). */
  @Property({ type: 'integer', fieldName: 'timely_filing_days' })
  timelyFilingDays = 365;

  /** Days from the remittance within which an appeal must be filed. */
  @Property({ type: 'integer', fieldName: 'appeal_limit_days' })
  appealLimitDays = 120;

  /** Days after a claim's submission without an answer (no remittance) before it goes on the follow-up worklist. */
  @Property({ type: 'integer', fieldName: 'follow_up_days' })
  followUpDays = 30;

  /** The clearinghouse plugin that carries this payer's claims and remittances, when one is configured. */
  @Property({ type: 'text', fieldName: 'clearinghouse_plugin_id', nullable: true })
  clearinghousePluginId: string | null = null;

  /** The eligibility plugin that checks this payer's coverage, when one is configured. */
  @Property({ type: 'text', fieldName: 'eligibility_plugin_id', nullable: true })
  eligibilityPluginId: string | null = null;

  /** Procedure codes (CPT/HCPCS) this payer authorizes before service; the authorization check reads them. */
  @Property({ type: 'json', fieldName: 'authorization_required_codes' })
  authorizationRequiredCodes: string[] = [];

  @Property({ type: 'boolean' })
  active = true;
}
