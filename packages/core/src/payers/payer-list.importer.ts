import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { parsePayerList, type PayerListRow } from './payer-list.csv-parser';
import { Payer } from './payer.entity';

/** What a payer-list import did: rows read, payers added, payers updated, payers already as the file has them. */
export interface PayerImportSummary {
  readonly total: number;
  readonly added: number;
  readonly changed: number;
  readonly unchanged: number;
}

/**
 * Imports a payer list (CSV from the clinic or its clearinghouse) into an organization's payers in one transaction:
 * payer ids new to the organization are added, existing ones get the file's name, claim filing indicator and — when
 * the file has those columns — limits. Payers not in the file are left alone. A bad row refuses the whole file and
 * nothing is written.
 */
@Injectable()
export class PayerImporter {
  constructor(private readonly orm: MikroORM) {}

  async import(context: RequestContext, csvText: string): Promise<PayerImportSummary> {
    const rows = parsePayerList(csvText);
    return currentEntityManager(this.orm).transactional(async (em) => {
      const existing = await em.find(Payer, { organizationId: context.organizationId });
      const byPayerId = new Map(existing.map((payer) => [payer.payerId, payer]));
      let added = 0;
      let changed = 0;
      for (const row of rows) {
        const payer = byPayerId.get(row.payerId);
        if (!payer) {
          em.create(Payer, { organizationId: context.organizationId, ...fieldsOf(row) });
          added += 1;
        } else if (applyRow(payer, row)) {
          changed += 1;
        }
      }
      await em.flush();
      return { total: rows.length, added, changed, unchanged: rows.length - added - changed };
    });
  }
}

function fieldsOf(row: PayerListRow) {
  return {
    payerId: row.payerId,
    name: row.name,
    claimFilingIndicator: row.claimFilingIndicator,
    ...(row.timelyFilingDays === undefined ? {} : { timelyFilingDays: row.timelyFilingDays }),
    ...(row.appealLimitDays === undefined ? {} : { appealLimitDays: row.appealLimitDays }),
  };
}

/** Copies the row's fields onto the payer; true when anything differed. */
function applyRow(payer: Payer, row: PayerListRow): boolean {
  const fields = fieldsOf(row);
  const differs = (Object.keys(fields) as (keyof typeof fields)[]).some((key) => payer[key] !== fields[key]);
  if (differs) Object.assign(payer, fields);
  return differs;
}
