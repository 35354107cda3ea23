import type { Provider } from '@nestjs/common';
import { AgencyActivityPoster } from './agency-activity.poster';
import { AgencyFileImporter } from './agency-file.importer';
import { CollectionCommunicationsService } from './collection-communications.service';
import { CollectionConnectors } from './collection-connectors';
import { CollectionDisputesService } from './collection-disputes.service';
import { CollectionSettingsService } from './collection-settings.service';
import { CollectionJobs } from './collection.jobs';
import { CollectionsController } from './collections.controller';
import { CollectionsQuery } from './collections.query';
import { DirectPaymentReporter } from './direct-payment.reporter';
import { PlacementProposalService } from './placement-proposal.service';
import { PlacementService } from './placement.service';
import { ValidationNoticeService } from './validation-notice.service';

/** Collections (issue #12): placement policy and batches, agency files, Regulation F communications. */
export const collectionsProviders: Provider[] = [
  CollectionSettingsService,
  CollectionConnectors,
  PlacementProposalService,
  PlacementService,
  DirectPaymentReporter,
  AgencyActivityPoster,
  AgencyFileImporter,
  CollectionsQuery,
  ValidationNoticeService,
  CollectionCommunicationsService,
  CollectionDisputesService,
  CollectionJobs,
];

export const collectionsControllers = [CollectionsController];
