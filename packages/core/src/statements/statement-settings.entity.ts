import { BigIntType, Entity, Property, Unique } from '@mikro-orm/core';
import type { StatementNotices } from '@openrcm/sdk';
import { TenantEntity } from '../persistence/base.entity';

/** The statement policy of an organization, edited by an administrator (defaults until saved). */
@Entity({ tableName: 'statement_settings' })
@Unique({ name: 'statement_settings_organization_unique', properties: ['organizationId'] })
export class StatementSettings extends TenantEntity<'updatedAt'> {
  /** Whether the daily statement run sends statements on its own (a run can always be started by hand). */
  @Property({ type: 'boolean', fieldName: 'runs_daily' })
  runsDaily!: boolean;

  /** At most one statement per account in this many days. */
  @Property({ type: 'integer', fieldName: 'cadence_days' })
  cadenceDays!: number;

  /** Regular statements before the final notice. */
  @Property({ type: 'integer', fieldName: 'statements_before_final_notice' })
  statementsBeforeFinalNotice!: number;

  /** Accounts owing less than this get no statement, in cents. */
  @Property({ type: new BigIntType('number'), fieldName: 'minimum_balance_cents' })
  minimumBalanceCents!: number;

  /** Balances under this many cents are written off by policy instead of billed (0: never). */
  @Property({ type: new BigIntType('number'), fieldName: 'small_balance_write_off_cents' })
  smallBalanceWriteOffCents!: number;

  /** Days from the statement date to its due date. */
  @Property({ type: 'integer', fieldName: 'due_in_days' })
  dueInDays!: number;

  /** The billing office printed on statements: name, address lines, phone. */
  @Property({ type: 'text', fieldName: 'billing_name' })
  billingName!: string;

  @Property({ type: 'jsonb', fieldName: 'billing_address' })
  billingAddress!: string[];

  @Property({ type: 'text', fieldName: 'billing_phone' })
  billingPhone!: string;

  @Property({ type: 'jsonb' })
  notices!: StatementNotices;

  @Property({ type: 'text', fieldName: 'updated_by' })
  updatedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'updated_at', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
