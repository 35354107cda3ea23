import type { Provider } from '@nestjs/common';
import { PatientPaymentPoster } from '../patient-payments/patient-payment.poster';
import { PatientPaymentService } from '../patient-payments/patient-payment.service';
import { PatientPaymentsController, PaymentReturnsController } from '../patient-payments/patient-payments.controller';
import { PaymentReturnService } from '../patient-payments/payment-return.service';
import { PaymentReceiptJob } from '../patient-payments/payment-receipt.job';
import { AssistanceController } from '../financial-assistance/assistance.controller';
import { GoodFaithEstimateService } from '../good-faith-estimates/good-faith-estimate.service';
import { GoodFaithEstimatesController } from '../good-faith-estimates/good-faith-estimates.controller';
import { AssistanceService } from '../financial-assistance/assistance.service';
import { PayLinkController } from '../pay-links/pay-link.controller';
import { PayLinkService } from '../pay-links/pay-link.service';
import { PaymentPlanDaily } from './payment-plan.daily';
import { PaymentPlanService } from './payment-plan.service';
import { PaymentPlansController } from './payment-plans.controller';

/** Patient payments (with receipts, refunds and chargebacks), pay links, payment plans with their daily pass, financial assistance and good-faith estimates. */
export const paymentPlansProviders: Provider[] = [PatientPaymentPoster, PatientPaymentService, PaymentReceiptJob, PaymentPlanService, PaymentPlanDaily, PayLinkService, AssistanceService, PaymentReturnService, GoodFaithEstimateService];

export const paymentPlansControllers = [PatientPaymentsController, PaymentReturnsController, PaymentPlansController, PayLinkController, AssistanceController, GoodFaithEstimatesController];
