import { Entity, Index, Property } from '@mikro-orm/core';
import { Audited } from '../audit/audited';
import { EncryptedStringType } from '../crypto';
import { TenantEntity } from '../persistence/base.entity';
import type { AppealLetterFormat } from './appeal-letter-template.entity';

/** An attachment an appeal letter lists (the documents are sent with it; only their names are stored). */
export interface AppealAttachment {
  readonly name: string;
  readonly description: string;
}

/** A rendered appeal letter, as sent: its text (encrypted at rest: it names the patient) and what it listed. */
@Entity({ tableName: 'appeal_letter' })
@Index({ name: 'appeal_letter_claim_index', properties: ['organizationId', 'claimId', 'createdAt'] })
@Audited<AppealLetter>({ recordType: 'appeal-letter', patientIdOf: (letter) => letter.patientId })
export class AppealLetter extends TenantEntity<'workItemId'> {
  @Property({ type: 'uuid', fieldName: 'claim_id' })
  claimId!: string;

  @Property({ type: 'uuid', fieldName: 'patient_id' })
  patientId!: string;

  @Property({ type: 'uuid', fieldName: 'template_id' })
  templateId!: string;

  /** The denial work item the letter answers, when one was named. */
  @Property({ type: 'uuid', fieldName: 'work_item_id', nullable: true })
  workItemId: string | null = null;

  @Property({ type: 'text' })
  format!: AppealLetterFormat;

  @Property({ type: new EncryptedStringType({ purpose: 'appeal_letter.content' }), fieldName: 'content', lazy: false })
  content!: string;

  @Property({ type: 'json' })
  attachments!: AppealAttachment[];

  /** Who rendered it: a user's or API key's id. */
  @Property({ type: 'text', fieldName: 'created_by' })
  createdBy!: string;
}
