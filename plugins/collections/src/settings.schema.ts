import { z } from 'zod';
import { deliverySettings } from './delivery-settings.schema';

const collector = z.object({
  name: z.string().min(1).max(100).describe('The debt collector\'s name as the validation notice prints it'),
  address: z.array(z.string().min(1).max(60)).min(1).max(4).describe('The collector\'s mailing address, one entry per line'),
  phone: z.string().min(1).max(30).describe('The phone number consumers call'),
  hours: z.string().min(1).max(100).describe('When the phone is answered, as printed (e.g. Monday–Friday 9 a.m.–5 p.m. Eastern)'),
  electronicDisputeAddress: z.string().min(1).max(200).optional().describe('The email address or web page disputes may be sent to, if the collector accepts them'),
}).describe('The collector validation notices name when OpenRCM sends them on the agency\'s behalf');

/** The settings of the generic collection agency connector, per organization. */
export const collectionsSettings = z.object({
  agencyName: z.string().min(1).max(100).describe('The agency\'s name, as staff see it'),
  layout: z.enum(['csv', 'fixed-width']).describe('The file layout the agency reads and writes (see the plugin README)'),
  delivery: deliverySettings,
  paymentsReported: z.enum(['gross', 'net'])
    .describe('gross: a payment\'s amount is what the debtor paid and the fee is owed to the agency; net: the amount is what the agency remitted after keeping its fee'),
  noticesSentBy: z.enum(['agency', 'openrcm']).default('agency')
    .describe('Who sends the Regulation F validation notice: the agency itself (default), or OpenRCM on the agency\'s behalf, naming the collector below'),
  collector: collector.optional(),
}).superRefine((settings, context) => {
  if (settings.noticesSentBy === 'openrcm' && settings.collector === undefined) {
    context.addIssue({ code: 'custom', path: ['collector'], message: 'is required when noticesSentBy is openrcm: the notice names the collector' });
  }
});

/** The validated settings (defaults applied). */
export type CollectionsSettings = z.output<typeof collectionsSettings>;
