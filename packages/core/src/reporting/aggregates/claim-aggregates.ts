import type { AggregateTable } from './aggregate-scope';
import { chargeLag } from './charge-lag.aggregate';
import { claimAdjudications } from './claim-adjudications.aggregate';
import { claimList } from './claim-list.aggregate';
import { claimScrubs } from './claim-scrubs.aggregate';
import { denials } from './denials.aggregate';
import { gateDefects } from './gate-defects.aggregate';

/** The claim-history aggregates, by name: scrubs, adjudications, denials, gate defects, charge lag and drill-down. */
export const CLAIM_AGGREGATES: AggregateTable<'claim-scrubs' | 'claim-adjudications' | 'denials' | 'gate-defects' | 'charge-lag' | 'claim-list'> = {
  'claim-scrubs': claimScrubs,
  'claim-adjudications': claimAdjudications,
  denials,
  'gate-defects': gateDefects,
  'charge-lag': chargeLag,
  'claim-list': claimList,
};
