import type { Provider } from '@nestjs/common';
import { LedgerWriter } from '../ledger/ledger.writer';
import { PatientCreditFollower } from '../point-of-service/patient-credit.follower';
import { DenialRoutingJobs } from './denial-routing.job';
import { FollowUpAnsweredFollower } from './follow-up-answered.follower';
import { ManualRemittanceService } from './manual-remittance.service';
import { ManualRemittancesController } from './manual-remittances.controller';
import { RemittanceImageService } from './remittance-image.service';
import { RemittanceIngestion } from './remittance-ingestion.service';
import { REMITTANCE_FOLLOWERS } from './remittance-followers';
import { RemittancePoster } from './remittance.poster';
import { RemittanceService } from './remittance.service';
import { RemittancesController } from './remittances.controller';
import { SecondaryClaimFollower } from './secondary-claim.follower';

/**
 * The ledger's writer and remittance posting: the poster and its sources (835 files, paper EOBs), the followers that
 * run in a check's transaction, in order (the secondary claim, the follow-up answered, then the patient's share paid
 * from point-of-service money), and the denial-routing
 * job posting queues.
 */
export const remittanceProviders: Provider[] = [
  LedgerWriter,
  RemittancePoster,
  RemittanceIngestion,
  RemittanceService,
  ManualRemittanceService,
  RemittanceImageService,
  DenialRoutingJobs,
  SecondaryClaimFollower,
  FollowUpAnsweredFollower,
  {
    provide: REMITTANCE_FOLLOWERS,
    useFactory: (secondaryClaims: SecondaryClaimFollower, followUps: FollowUpAnsweredFollower, patientCredit: PatientCreditFollower) => [secondaryClaims, followUps, patientCredit],
    inject: [SecondaryClaimFollower, FollowUpAnsweredFollower, PatientCreditFollower],
  },
];

/** The remittances' controllers. */
export const remittanceControllers = [RemittancesController, ManualRemittancesController];
