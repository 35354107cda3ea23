import { Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** What a received acknowledgment said of one claim: `acknowledged`, `accepted`, `accepted-with-errors` or `rejected`. */
export type AcknowledgmentOutcome = 'acknowledged' | 'accepted' | 'accepted-with-errors' | 'rejected';

/** A claim a received 999 or 277CA named, and what it said of it (the claim timeline shows the file). */
@Entity({ tableName: 'x12_file_claim' })
@Index({ name: 'x12_file_claim_claim_index', properties: ['organizationId', 'claimId'] })
export class X12FileClaim extends TenantEntity<'detail'> {
  @Property({ type: 'uuid', fieldName: 'x12_file_id' })
  x12FileId!: string;

  @Property({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  @Property({ type: 'text' })
  outcome!: AcknowledgmentOutcome;

  /** The errors or statuses in words, for a rejection or errors. */
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;
}
