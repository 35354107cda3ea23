import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ValidationError, type RequestContext } from '@openrcm/sdk';
import { Organization } from '../organizations/organization.entity';
import { Payer } from '../payers/payer.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { calendarDate } from '../time/calendar-date';
import { remittanceInputOfEob } from './manual-remittance.mapper';
import type { ManualRemittance } from './manual-remittance.schema';
import { RemittancePoster, type RemittancePosting } from './remittance.poster';

/**
 * Posts a paper EOB keyed in (validated by `manualRemittanceSchema`) through the same {@link RemittancePoster} as an
 * 835: the check number is the trace and the payer's id its originator, so the same check entered twice is reported
 * as a duplicate and changes nothing. Its accounting date is the day it is entered, as for an 835.
 */
@Injectable()
export class ManualRemittanceService {
  constructor(
    private readonly orm: MikroORM,
    private readonly poster: RemittancePoster,
  ) {}

  async post(context: RequestContext, eob: ManualRemittance): Promise<RemittancePosting> {
    const em = currentEntityManager(this.orm);
    const payer = await em.findOne(Payer, { id: eob.payerRecordId, organizationId: context.organizationId }, { fields: ['name', 'payerId'] });
    if (!payer) throw new ValidationError([{ field: 'payerRecordId', message: `no payer ${eob.payerRecordId} in this organization` }]);
    const organization = await em.findOne(Organization, context.organizationId, { fields: ['timeZone'] });
    const receivedOn = calendarDate(new Date(), organization?.timeZone ?? 'UTC');
    return this.poster.post(context, remittanceInputOfEob(eob, { name: payer.name, payerId: payer.payerId }, receivedOn));
  }
}
