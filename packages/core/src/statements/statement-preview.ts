import type { StatementDocument } from '@openrcm/sdk';
import { addDays } from '../time/calendar-date';
import type { StatementSettingsInput } from './statement-settings.service';

/** The made-up account a preview or test statement shows, under the organization's own billing office and notices. */
export function previewDocument(settings: StatementSettingsInput, today: string, recipientEmail?: string): StatementDocument {
  return {
    statementId: '00000000-0000-4000-8000-000000000001',
    kind: 'statement',
    statementDate: today,
    dueDate: addDays(today, settings.dueInDays),
    accountNumber: 'PREVIEW-0001',
    provider: { name: settings.billingName, address: [...settings.billingAddress], phone: settings.billingPhone },
    patientName: 'Pat Preview',
    recipient: { name: 'Pat Preview', address: ['12 Sample Street', 'Springfield, IL 62704'], ...(recipientEmail ? { email: recipientEmail } : {}) },
    notices: settings.notices,
    lines: [
      { serviceDate: addDays(today, -40), description: 'Office visit, established patient', chargeCents: 18_000, insurancePaidCents: 9_600, adjustmentCents: 4_400, deductibleCents: 2_000, coinsuranceCents: 0, copayCents: 2_000, nonCoveredCents: 0 },
      { serviceDate: addDays(today, -26), description: 'Flu vaccine', chargeCents: 4_000, insurancePaidCents: 0, adjustmentCents: 0, deductibleCents: 0, coinsuranceCents: 0, copayCents: 0, nonCoveredCents: 4_000 },
    ],
    priorBalanceCents: 0,
    paymentsCents: 0,
    amountDueCents: 8_000,
  };
}
