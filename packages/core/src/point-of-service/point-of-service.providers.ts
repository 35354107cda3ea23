import type { Provider } from '@nestjs/common';
import { PatientCreditApplier } from './patient-credit.applier';
import { PatientCreditFollower } from './patient-credit.follower';
import { PointOfServicePaymentService } from './point-of-service-payment.service';
import { PointOfServicePaymentsController } from './point-of-service-payments.controller';

/** Point-of-service payments and the applier of the unapplied credit they leave (the follower runs after each check). */
export const pointOfServiceProviders: Provider[] = [PatientCreditApplier, PatientCreditFollower, PointOfServicePaymentService];

export const pointOfServiceControllers = [PointOfServicePaymentsController];
