import { definePlugin, type ReportDefinition, type ReportParameters } from '@openrcm/sdk';
import { z } from 'zod';
import { arAging, arOver90Days, netDaysInAr } from './reports/ar.reports';
import { cleanClaimRate, firstPassResolutionRate, initialDenialRate, initialDenialRateDollars } from './reports/claim-outcome.reports';
import { grossCollectionRate, netCollectionRate, pointOfServiceCollections } from './reports/collection.reports';
import { denialsByCategory, denialsByPayer } from './reports/denial.reports';
import { chargeLag, daysToSubmit } from './reports/lag.reports';
import { gateDefects, payerMix } from './reports/mix.reports';

/** Every KPI this plugin contributes, in the order of the dashboard. */
export const KPI_REPORTS: readonly ReportDefinition<ReportParameters>[] = [
  cleanClaimRate,
  firstPassResolutionRate,
  initialDenialRate,
  initialDenialRateDollars,
  netDaysInAr,
  arOver90Days,
  netCollectionRate,
  grossCollectionRate,
  chargeLag,
  daysToSubmit,
  pointOfServiceCollections,
  denialsByCategory,
  denialsByPayer,
  arAging,
  payerMix,
  gateDefects,
];

/** The revenue-cycle KPIs of DOMAIN.md, each computed by core's reporting aggregates with its formula beside it. */
export const plugin = definePlugin({
  id: 'kpi-reports',
  version: '1.0.0',
  sdk: '^1.5.0',
  settings: z.object({}),
  register(ctx) {
    for (const report of KPI_REPORTS) ctx.contribute('report-definition', report);
  },
});
