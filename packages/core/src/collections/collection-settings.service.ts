import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { DEFAULT_CREDIT_REPORTING_RULE, ValidationError, type CreditReportingSettings, type RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { CollectionSettings, type AgencyFeePosting } from './collection-settings.entity';

/** The collections policy a manager edits. */
export interface CollectionSettingsInput {
  readonly minDaysSinceFirstStatement: number;
  readonly finalNoticeWaitDays: number;
  readonly minimumBalanceCents: number;
  readonly agencyFeePosting: AgencyFeePosting;
  readonly connectorId: string | null;
  readonly collectorHours: string;
  /** Credit reporting: the default rule, and a rule per two-letter state code where the state's law differs. */
  readonly creditReporting: CreditReportingSettings;
}

/** The collections policy in effect, and whether a manager saved it. */
export type EffectiveCollectionSettings = CollectionSettingsInput & { readonly saved: boolean };

/**
 * Defaults: placement 120 days after the first statement and 30 days after the final notice, nothing under $25;
 * payments posted gross; credit reporting per bureau policy (DOMAIN.md, the SDK's default rule): not under $500, not
 * before 365 days, 14 days after a notice.
 */
export const COLLECTION_DEFAULTS: CollectionSettingsInput = {
  minDaysSinceFirstStatement: 120,
  finalNoticeWaitDays: 30,
  minimumBalanceCents: 2500,
  agencyFeePosting: 'gross',
  connectorId: null,
  collectorHours: 'Monday to Friday, 9 a.m. to 5 p.m.',
  creditReporting: { defaults: DEFAULT_CREDIT_REPORTING_RULE, states: {} },
};

const STATE_KEY = /^[A-Z]{2}$/;

/** An organization's collections policy: placement rules, how agency payments post, credit reporting by state. */
@Injectable()
export class CollectionSettingsService {
  constructor(private readonly orm: MikroORM) {}

  async get(context: RequestContext): Promise<EffectiveCollectionSettings> {
    const saved = await currentEntityManager(this.orm).findOne(CollectionSettings, { organizationId: context.organizationId });
    return saved ? { ...pick(saved), saved: true } : { ...COLLECTION_DEFAULTS, saved: false };
  }

  async save(context: RequestContext, input: CollectionSettingsInput): Promise<EffectiveCollectionSettings> {
    const issues = Object.keys(input.creditReporting.states ?? {})
      .filter((key) => !STATE_KEY.test(key))
      .map((key) => ({ field: `creditReporting.states.${key}`, message: 'is not a two-letter state code' }));
    if (issues.length > 0) throw new ValidationError(issues);
    return currentEntityManager(this.orm).transactional(async (em) => {
      const values = { ...input, creditReporting: { defaults: { ...input.creditReporting.defaults }, states: { ...input.creditReporting.states } }, updatedBy: context.actor.id };
      const row = (await em.findOne(CollectionSettings, { organizationId: context.organizationId })) ?? em.create(CollectionSettings, { ...values, organizationId: context.organizationId });
      Object.assign(row, values);
      await em.flush();
      return { ...pick(row), saved: true };
    });
  }
}

function pick(row: CollectionSettings): CollectionSettingsInput {
  return {
    minDaysSinceFirstStatement: row.minDaysSinceFirstStatement,
    finalNoticeWaitDays: row.finalNoticeWaitDays,
    minimumBalanceCents: row.minimumBalanceCents,
    agencyFeePosting: row.agencyFeePosting,
    connectorId: row.connectorId,
    collectorHours: row.collectorHours,
    creditReporting: row.creditReporting,
  };
}
