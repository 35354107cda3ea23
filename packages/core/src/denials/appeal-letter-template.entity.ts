import { Entity, Property, Unique } from '@mikro-orm/core';
import { TenantEntity } from '../persistence/base.entity';

/** How a letter template is rendered: HTML (values escaped) or plain text. */
export const APPEAL_LETTER_FORMATS = ['html', 'text'] as const;
export type AppealLetterFormat = (typeof APPEAL_LETTER_FORMATS)[number];

/** An organization's appeal letter template (Handlebars, compiled by `letter-template.compiler.ts`), compiled on save. */
@Entity({ tableName: 'appeal_letter_template' })
@Unique({ name: 'appeal_letter_template_name_unique', properties: ['organizationId', 'name'] })
export class AppealLetterTemplate extends TenantEntity<'updatedAt'> {
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  format!: AppealLetterFormat;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
