import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, type AgencyFileOutcome, type CollectionAgencyConnector, type RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { failureOf } from '../statements/statement-delivery.attempt';
import { AgencyActivityRecord } from './agency-activity.entity';
import { AgencyActivityPoster } from './agency-activity.poster';
import { AgencyFileRecord, type AgencyRowFailure } from './agency-file.entity';
import { CollectionConnectors } from './collection-connectors';
import type { AgencyFeePosting } from './collection-settings.entity';
import { CollectionSettingsService } from './collection-settings.service';
import { Placement } from './placement.entity';

/**
 * Imports the agency's payment and status files into the import log and the accounts. A refused file (a malformed
 * line, named with its field) is logged with its issues and posts nothing. A read file is applied in one transaction:
 * each row to its placed account — a row already seen (the agency's reference) is counted and skipped, a row that
 * cannot apply (an account not placed with this agency, more than is owed) is logged with why, and the rest post.
 */
@Injectable()
export class AgencyFileImporter {
  constructor(
    private readonly orm: MikroORM,
    private readonly connectors: CollectionConnectors,
    private readonly settings: CollectionSettingsService,
    private readonly poster: AgencyActivityPoster,
  ) {}

  /** Fetches what arrived from the organization's agency and imports each file. */
  async fetch(context: RequestContext): Promise<AgencyFileRecord[]> {
    const settings = await this.settings.get(context);
    const connector = this.connectors.resolve(context.organizationId, settings.connectorId);
    const outcomes = await this.outcomesOf(context, connector);
    const records: AgencyFileRecord[] = [];
    for (const outcome of outcomes) records.push(await this.importOutcome(context, { connectorId: connector.id, feePosting: settings.agencyFeePosting }, outcome, 'fetched'));
    return records;
  }

  /** Imports one file staff uploaded, read by the connector's own rules. */
  async upload(context: RequestContext, fileName: string, content: Uint8Array): Promise<AgencyFileRecord> {
    const settings = await this.settings.get(context);
    const connector = this.connectors.resolve(context.organizationId, settings.connectorId);
    if (!connector.readActivityFile) throw new ConflictError(`the collection agency connector "${connector.id}" does not read uploaded files`);
    return this.importOutcome(context, { connectorId: connector.id, feePosting: settings.agencyFeePosting }, await connector.readActivityFile(context, { fileName, content }), 'uploaded');
  }

  private async outcomesOf(context: RequestContext, connector: CollectionAgencyConnector): Promise<readonly AgencyFileOutcome[]> {
    if (connector.fetchActivityFiles) {
      const answer = await connector.fetchActivityFiles(context);
      if (answer.status !== 'SUCCESS') throw new ConflictError(`the agency (${connector.id}) could not be read: ${failureOf(answer)}`);
      return answer.value;
    }
    const answer = await connector.fetchActivity(context);
    if (answer.status !== 'SUCCESS') throw new ConflictError(`the agency (${connector.id}) could not be read: ${failureOf(answer)}`);
    return answer.value.length === 0 ? [] : [{ status: 'read', fileName: `activity fetched ${new Date().toISOString()}`, activity: answer.value }];
  }

  private async importOutcome(
    context: RequestContext,
    { connectorId, feePosting }: { readonly connectorId: string; readonly feePosting: AgencyFeePosting },
    outcome: AgencyFileOutcome,
    origin: AgencyFileRecord['origin'],
  ): Promise<AgencyFileRecord> {
    const base = { organizationId: context.organizationId, connectorId, fileName: outcome.fileName, origin, importedBy: context.actor.id };
    const em = currentEntityManager(this.orm).fork();
    if (outcome.status === 'refused') {
      const refused = em.create(AgencyFileRecord, { ...base, status: 'refused', issues: [...outcome.issues], rowCount: 0, postedCount: 0, duplicateCount: 0, failures: [] });
      await em.flush();
      return refused;
    }
    return em.transactional(async (tx) => {
      const record = tx.create(AgencyFileRecord, { ...base, status: 'read', issues: [], rowCount: outcome.activity.length, postedCount: 0, duplicateCount: 0, failures: [] });
      const failures: AgencyRowFailure[] = [];
      for (const activity of outcome.activity) {
        const fail = (reason: string) => failures.push({ line: activity.source?.line ?? null, accountNumber: activity.accountNumber, reference: activity.reference, reason });
        if (await tx.count(AgencyActivityRecord, { organizationId: context.organizationId, connectorId, reference: activity.reference })) {
          record.duplicateCount += 1;
          continue;
        }
        const placement = await tx.findOne(Placement, { organizationId: context.organizationId, connectorId, accountNumber: activity.accountNumber, state: 'placed' });
        if (!placement) {
          fail(`account ${activity.accountNumber} is not placed with this agency`);
          continue;
        }
        const applied = await this.poster.apply(tx, context, { placement, activity, fileId: record.id, feePosting });
        if (applied.applied) record.postedCount += 1;
        else fail(applied.reason);
      }
      record.failures = failures;
      await tx.flush();
      return record;
    });
  }
}
