import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext, type StatementNotices } from '@openrcm/sdk';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { StatementSettings } from './statement-settings.entity';

/** The statement settings an administrator edits. */
export interface StatementSettingsInput {
  readonly runsDaily: boolean;
  readonly cadenceDays: number;
  readonly statementsBeforeFinalNotice: number;
  readonly minimumBalanceCents: number;
  readonly smallBalanceWriteOffCents: number;
  readonly dueInDays: number;
  readonly billingName: string;
  readonly billingAddress: readonly string[];
  readonly billingPhone: string;
  readonly notices: StatementNotices;
}

/** The statement settings in effect, and whether an administrator saved them. */
export type EffectiveStatementSettings = StatementSettingsInput & { readonly saved: boolean };

/** DOMAIN.md's common cadence: one statement in 30 days, three before the final notice; nothing under $5. */
function defaults(organizationName: string): StatementSettingsInput {
  return {
    runsDaily: false,
    cadenceDays: 30,
    statementsBeforeFinalNotice: 3,
    minimumBalanceCents: 500,
    smallBalanceWriteOffCents: 0,
    dueInDays: 21,
    billingName: organizationName,
    billingAddress: [],
    billingPhone: '',
    notices: {
      howToPay: 'Pay online with the link on this statement, call our billing office, or mail a check with the slip below.',
      paymentPlans: 'Cannot pay it all at once? Call us to set up a monthly payment plan.',
      financialAssistance: 'You may qualify for financial assistance. Ask our billing office for an application.',
      dispute: 'If you believe this bill is wrong, call or write to our billing office; we will hold it while we review.',
    },
  };
}

/**
 * An organization's statement policy: the cadence, the count before the final notice, the minimum balance, the due
 * date, and what every statement prints (billing office, notices). The defaults apply until an administrator saves;
 * the daily run stays off until then, because the billing office's address and phone must be set first.
 */
@Injectable()
export class StatementSettingsService {
  constructor(private readonly orm: MikroORM) {}

  async get(context: RequestContext): Promise<EffectiveStatementSettings> {
    const em = currentEntityManager(this.orm);
    const saved = await em.findOne(StatementSettings, { organizationId: context.organizationId });
    if (saved) return { ...pick(saved), saved: true };
    const organization = await em.findOneOrFail(Organization, context.organizationId);
    return { ...defaults(organization.name), saved: false };
  }

  async save(context: RequestContext, input: StatementSettingsInput): Promise<EffectiveStatementSettings> {
    if (input.billingAddress.length === 0) throw new ValidationError([{ field: 'billingAddress', message: 'the billing office address is printed on every statement: give at least one line' }]);
    if (!input.billingPhone.trim()) throw new ValidationError([{ field: 'billingPhone', message: 'the billing office phone is printed on every statement' }]);
    if (input.smallBalanceWriteOffCents > input.minimumBalanceCents) {
      throw new ValidationError([{ field: 'smallBalanceWriteOffCents', message: 'must not be more than the minimum balance: a balance between the two would be neither billed nor written off' }]);
    }
    return currentEntityManager(this.orm).transactional(async (em) => {
      const row = (await em.findOne(StatementSettings, { organizationId: context.organizationId })) ?? em.create(StatementSettings, { ...copy(input), organizationId: context.organizationId, updatedBy: context.actor.id });
      Object.assign(row, copy(input), { updatedBy: context.actor.id });
      await em.flush();
      return { ...pick(row), saved: true };
    });
  }
}

function copy(input: StatementSettingsInput) {
  return { ...input, billingAddress: [...input.billingAddress], notices: { ...input.notices } };
}

function pick(row: StatementSettings): StatementSettingsInput {
  return {
    runsDaily: row.runsDaily,
    cadenceDays: row.cadenceDays,
    statementsBeforeFinalNotice: row.statementsBeforeFinalNotice,
    minimumBalanceCents: row.minimumBalanceCents,
    smallBalanceWriteOffCents: row.smallBalanceWriteOffCents,
    dueInDays: row.dueInDays,
    billingName: row.billingName,
    billingAddress: row.billingAddress,
    billingPhone: row.billingPhone,
    notices: row.notices,
  };
}
