import type { Provider } from '@nestjs/common';
import { ClaimFollowUpItems } from './claim-follow-up.items';
import { ClaimStatusInquiryService } from './claim-status-inquiry.service';
import { ClaimStatusInquiriesController, FollowUpController } from './follow-up.controller';
import { FollowUpJobs } from './follow-up.jobs';
import { FollowUpScheduler } from './follow-up.scheduler';
import { FollowUpService } from './follow-up.service';

/** A/R follow-up: the no-answer worklist, its daily job and scheduler, and claim status inquiries (276/277). */
export const followUpProviders: Provider[] = [ClaimFollowUpItems, ClaimStatusInquiryService, FollowUpService, FollowUpJobs, FollowUpScheduler];

/** The follow-up controllers. */
export const followUpControllers = [FollowUpController, ClaimStatusInquiriesController];
