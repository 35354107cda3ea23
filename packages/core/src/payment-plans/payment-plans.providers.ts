import type { Provider } from '@nestjs/common';
import { PatientPaymentPoster } from '../patient-payments/patient-payment.poster';
import { PatientPaymentService } from '../patient-payments/patient-payment.service';
import { PatientPaymentsController } from '../patient-payments/patient-payments.controller';
import { PaymentReceiptJob } from '../patient-payments/payment-receipt.job';
import { PayLinkController } from '../pay-links/pay-link.controller';
import { PayLinkService } from '../pay-links/pay-link.service';
import { PaymentPlanDaily } from './payment-plan.daily';
import { PaymentPlanService } from './payment-plan.service';
import { PaymentPlansController } from './payment-plans.controller';

/** Patient payments (with their receipts), pay links, and payment plans with their daily pass. */
export const paymentPlansProviders: Provider[] = [PatientPaymentPoster, PatientPaymentService, PaymentReceiptJob, PaymentPlanService, PaymentPlanDaily, PayLinkService];

export const paymentPlansControllers = [PatientPaymentsController, PaymentPlansController, PayLinkController];
