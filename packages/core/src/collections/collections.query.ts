import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { AgencyActivityRecord } from './agency-activity.entity';
import { AgencyFileRecord } from './agency-file.entity';
import { DirectPaymentReport } from './direct-payment-report.entity';
import { PlacementBatch } from './placement-batch.entity';
import type { PlacementState } from './placement.entity';

/** One account's decision in a batch, with the patient's name for the approval screen. */
export interface DecisionView {
  readonly patientId: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly proposed: boolean;
  readonly reasons: readonly string[];
  readonly balanceCents: number;
}

/** A placed account with its agency status. */
export interface PlacementView {
  readonly id: string;
  readonly batchId: string;
  readonly patientId: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly connectorId: string;
  readonly state: PlacementState;
  readonly placedOn: string;
  readonly placedCents: number;
  readonly collectedCents: number;
  readonly balanceCents: number;
  readonly itemizationDate: string;
  readonly validationNoticeSentOn: string | null;
  readonly closedReason: string | null;
  readonly endedOn: string | null;
  readonly lastActivity: string | null;
}

/** A placement with the patient's name, what the agency collected, what is still owed and its last activity. */
const PLACEMENT_SELECT = `select c.*, p.first_name, p.last_name,
        coalesce((select sum(a.amount_cents) from collection_agency_activity a where a.placement_id = c.id and a.kind = 'payment'), 0)::text as collected,
        coalesce((select sum(e.amount_cents) from ledger_entry e where e.organization_id = c.organization_id and e.patient_id = c.patient_id and e.party = 'patient' and e.charge_id is not null), 0)::text as balance,
        (select a.kind || ' on ' || a.occurred_on from collection_agency_activity a where a.placement_id = c.id order by a.created_at desc limit 1) as last_activity
   from collection_placement c join patient p on p.id = c.patient_id`;

/** The read side of collections: batches with their decisions, placements with their status, the import log. */
@Injectable()
export class CollectionsQuery {
  constructor(private readonly orm: MikroORM) {}

  async batches(context: RequestContext): Promise<PlacementBatch[]> {
    return currentEntityManager(this.orm).find(PlacementBatch, { organizationId: context.organizationId }, { orderBy: { createdAt: 'desc' }, limit: 100 });
  }

  async batch(context: RequestContext, batchId: string): Promise<{ batch: PlacementBatch; decisions: DecisionView[] }> {
    const em = currentEntityManager(this.orm);
    const batch = await em.findOne(PlacementBatch, { id: batchId, organizationId: context.organizationId });
    if (!batch) throw new NotFoundError('placement batch', batchId);
    const rows = await em.execute<{ patient_id: string; first_name: string; last_name: string; account_number: string | null; proposed: boolean; reasons: string[]; balance_cents: string }[]>(
      `select d.patient_id, p.first_name, p.last_name, p.account_number, d.proposed, d.reasons, d.balance_cents::text
         from collection_placement_decision d join patient p on p.id = d.patient_id
        where d.organization_id = ? and d.batch_id = ? order by d.proposed desc, p.last_name, p.first_name`,
      [context.organizationId, batchId],
    );
    return {
      batch,
      decisions: rows.map((row) => ({
        patientId: row.patient_id,
        patientName: `${row.first_name} ${row.last_name}`,
        accountNumber: row.account_number ?? row.patient_id.slice(0, 8).toUpperCase(),
        proposed: row.proposed,
        reasons: row.reasons,
        balanceCents: Number(row.balance_cents),
      })),
    };
  }

  async placements(context: RequestContext, filter: { state?: PlacementState; patientId?: string }): Promise<PlacementView[]> {
    const rows = await currentEntityManager(this.orm).execute<PlacementRow[]>(
      `${PLACEMENT_SELECT}
        where c.organization_id = ? and (?::text is null or c.state = ?) and (?::uuid is null or c.patient_id = ?)
        order by c.placed_on desc, p.last_name limit 500`,
      [context.organizationId, filter.state ?? null, filter.state ?? null, filter.patientId ?? null, filter.patientId ?? null],
    );
    return rows.map(toPlacementView);
  }

  /** A placement with the agency's activity on it and the payments made to the clinic the agency was told of (newest first). */
  async placement(context: RequestContext, placementId: string): Promise<{ placement: PlacementView; activity: AgencyActivityRecord[]; directPayments: DirectPaymentReport[] }> {
    const em = currentEntityManager(this.orm);
    const rows = await em.execute<PlacementRow[]>(
      `${PLACEMENT_SELECT} where c.organization_id = ? and c.id = ?`,
      [context.organizationId, placementId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundError('placement', placementId);
    const activity = await em.find(AgencyActivityRecord, { organizationId: context.organizationId, placementId }, { orderBy: { createdAt: 'desc' } });
    const directPayments = await em.find(DirectPaymentReport, { organizationId: context.organizationId, placementId }, { orderBy: { createdAt: 'desc' } });
    return { placement: toPlacementView(row), activity, directPayments };
  }

  async files(context: RequestContext): Promise<AgencyFileRecord[]> {
    return currentEntityManager(this.orm).find(AgencyFileRecord, { organizationId: context.organizationId }, { orderBy: { createdAt: 'desc' }, limit: 200 });
  }
}

interface PlacementRow {
  readonly id: string;
  readonly batch_id: string;
  readonly patient_id: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly account_number: string;
  readonly connector_id: string;
  readonly state: PlacementState;
  readonly placed_on: string;
  readonly placed_cents: string;
  readonly itemization_date: string;
  readonly validation_notice_sent_on: string | null;
  readonly closed_reason: string | null;
  readonly ended_on: string | null;
  readonly collected: string;
  readonly balance: string;
  readonly last_activity: string | null;
}

function toPlacementView(row: PlacementRow): PlacementView {
  return {
    id: row.id,
    batchId: row.batch_id,
    patientId: row.patient_id,
    patientName: `${row.first_name} ${row.last_name}`,
    accountNumber: row.account_number,
    connectorId: row.connector_id,
    state: row.state,
    placedOn: row.placed_on,
    placedCents: Number(row.placed_cents),
    collectedCents: Number(row.collected),
    balanceCents: Number(row.balance),
    itemizationDate: row.itemization_date,
    validationNoticeSentOn: row.validation_notice_sent_on,
    closedReason: row.closed_reason,
    endedOn: row.ended_on,
    lastActivity: row.last_activity,
  };
}
