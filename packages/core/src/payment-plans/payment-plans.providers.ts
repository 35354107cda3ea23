import type { Provider } from '@nestjs/common';
import { PatientPaymentPoster } from '../patient-payments/patient-payment.poster';
import { PatientPaymentService } from '../patient-payments/patient-payment.service';
import { PatientPaymentsController } from '../patient-payments/patient-payments.controller';
import { PaymentReceiptJob } from '../patient-payments/payment-receipt.job';
import { PaymentPlanDaily } from './payment-plan.daily';
import { PaymentPlanService } from './payment-plan.service';
import { PaymentPlansController } from './payment-plans.controller';

/** Patient payments (with their receipts) and payment plans with their daily pass. */
export const paymentPlansProviders: Provider[] = [PatientPaymentPoster, PatientPaymentService, PaymentReceiptJob, PaymentPlanService, PaymentPlanDaily];

export const paymentPlansControllers = [PatientPaymentsController, PaymentPlansController];
