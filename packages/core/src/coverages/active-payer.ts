import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, ValidationIssue } from '@openrcm/sdk';
import { Payer } from '../payers/payer.entity';

/** The issue of a payer row that is not an active payer of the context's organization, if it is not. */
export async function activePayerIssues(em: EntityManager, context: RequestContext, payerRecordId: string, field = 'payerRecordId'): Promise<ValidationIssue[]> {
  const found = await em.count(Payer, { id: payerRecordId, organizationId: context.organizationId, active: true });
  return found > 0 ? [] : [{ field, message: `no active payer ${payerRecordId} in this organization` }];
}
