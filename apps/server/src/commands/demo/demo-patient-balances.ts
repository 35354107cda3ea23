import { FAKE_APPROVED_CARD } from '@openrcm/simulator';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandOutput } from '../command-output';
import type { DemoApi } from './demo-api';
import { DEMO_VISITS } from './demo-practice';

/** What the patient-balance step did, for the summary. */
export interface PatientBalancesOutcome {
  readonly sent: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly pdfFolder: string;
  readonly payment?: { readonly patient: string; readonly amountCents: number; readonly receiptNumber: string };
  readonly plan?: { readonly patient: string; readonly installmentCents: number; readonly firstDueOn: string };
}

interface StatementListing {
  readonly id: string;
  readonly statementDate: string;
  readonly amountDueCents: number;
  readonly payOnlineUrl: string | null;
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/**
 * After the remittances post, the patient side of the cycle as a billing office runs it: the statement settings, the
 * patients' consent to email (each at a made-up example.test address), a statement run (emails into the outbox, PDFs
 * copied to `<exchange>/statements`), one balance paid through its pay link at the fake processor, and one payment
 * plan for another patient who owes.
 */
export async function runPatientBalances(api: DemoApi, serverUrl: string, base: string, folder: string, dateOfService: string): Promise<PatientBalancesOutcome> {
  await api.call('PUT', `${base}/statement-settings`, {
    runsDaily: false, cadenceDays: 30, statementsBeforeFinalNotice: 3, minimumBalanceCents: 500, dueInDays: 21,
    billingName: 'Demo Family Practice', billingAddress: ['1 Demo Plaza', 'Albany, NY 12207'], billingPhone: '(518) 555-0100',
    notices: {
      howToPay: 'Pay online with the link on this statement, call us, or mail a check.',
      paymentPlans: 'Cannot pay it all at once? Call us to set up a monthly payment plan.',
      financialAssistance: 'You may qualify for financial assistance; ask our billing office for an application.',
      dispute: 'If you believe this bill is wrong, call or write to us; we hold it while we review.',
    },
  });
  const patients: { id: string; name: string; birthDate: string }[] = [];
  for (const { patient } of DEMO_VISITS) {
    const found = (await api.call('POST', `${base}/patients/search`, { lastName: patient.lastName, birthDate: patient.birthDate, limit: 5 })) as { items: { id: string }[] };
    for (const { id } of found.items) {
      patients.push({ id, name: `${patient.firstName} ${patient.lastName}`, birthDate: patient.birthDate });
      await api.call('PATCH', `${base}/patients/${id}/statement-account`, { emailConsent: true, email: `${patient.firstName}.${patient.lastName}@example.test`.toLowerCase() });
    }
  }
  const run = (await api.call('POST', `${base}/statement-runs`)) as { counts: { sent: number; skipped: Record<string, number> } };

  const pdfFolder = join(folder, 'statements');
  await mkdir(pdfFolder, { recursive: true });
  const owing: { patient: (typeof patients)[number]; statement: StatementListing }[] = [];
  for (const patient of patients) {
    const { items } = (await api.call('GET', `${base}/patients/${patient.id}/statements`)) as { items: StatementListing[] };
    const [latest] = items;
    if (!latest) continue;
    owing.push({ patient, statement: latest });
    const pdf = await api.bytes(`${base}/statements/${latest.id}/pdf`);
    await writeFile(join(pdfFolder, `${latest.statementDate}-${patient.name.replace(/\s+/g, '-').toLowerCase()}.pdf`), pdf);
  }

  const [payer, planner] = owing;
  const payment = payer?.statement.payOnlineUrl ? await payThroughLink(serverUrl, payer.statement.payOnlineUrl, payer.patient.birthDate, payer.statement.amountDueCents) : undefined;
  let plan: PatientBalancesOutcome['plan'];
  if (planner) {
    const installmentCents = Math.ceil(planner.statement.amountDueCents / 3);
    const firstDueOn = new Date(Date.parse(`${dateOfService}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    await api.call('POST', `${base}/patients/${planner.patient.id}/payment-plans`, { installmentCents, cadence: 'monthly', firstDueOn });
    plan = { patient: planner.patient.name, installmentCents, firstDueOn };
  }
  return { sent: run.counts.sent, skipped: run.counts.skipped, pdfFolder, ...(payment && payer ? { payment: { patient: payer.patient.name, ...payment } } : {}), ...(plan ? { plan } : {}) };
}

/** The patient's side of a pay link, as a browser does it: the knowledge check, the amount, the processor's page, the return. */
async function payThroughLink(serverUrl: string, link: string, birthDate: string, amountCents: number): Promise<{ amountCents: number; receiptNumber: string }> {
  const path = new URL(link).pathname;
  const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const checked = await (await fetch(`${serverUrl}${path}/verify`, form({ answer: birthDate }))).text();
  const proof = /name="proof" value="([^"]+)"/.exec(checked)?.[1];
  if (!proof) throw new Error('the demo could not pass the pay link’s knowledge check');
  const checkout = await (await fetch(`${serverUrl}${path}/checkout`, form({ proof, amount: (amountCents / 100).toFixed(2), receiptEmail: '' }))).text();
  const processorPage = /<a class="button" href="([^"]+)"/.exec(checkout)?.[1]?.replaceAll('&#38;', '&');
  if (!processorPage) throw new Error('the pay link did not open a checkout at the fake processor');
  const paid = await fetch(processorPage, { ...form({ cardNumber: FAKE_APPROVED_CARD, expiry: '12/30', cvc: '123' }), redirect: 'manual' });
  const back = new URL(paid.headers.get('location') ?? '');
  const receipt = await (await fetch(`${serverUrl}${back.pathname}${back.search}`)).text();
  const receiptNumber = /Receipt number: <strong>([^<]+)<\/strong>/.exec(receipt)?.[1];
  if (!receiptNumber) throw new Error('the pay link’s return did not show a receipt');
  return { amountCents, receiptNumber };
}

/** Prints the step's outcome and where its files are. */
export function printPatientBalances(outcome: PatientBalancesOutcome, outboxDir: string, output: CommandOutput): void {
  const skipped = Object.entries(outcome.skipped).map(([reason, count]) => `${reason} ${count}`);
  output.info(`Patient statements: ${outcome.sent} emailed${skipped.length > 0 ? `, skipped: ${skipped.join(', ')}` : ''}.`);
  output.info(`  emails (.eml) in ${outboxDir}`);
  output.info(`  PDFs in ${outcome.pdfFolder}`);
  if (outcome.payment) output.info(`  ${outcome.payment.patient} paid ${dollars(outcome.payment.amountCents)} through the statement's pay link (fake processor), receipt ${outcome.payment.receiptNumber}.`);
  if (outcome.plan) output.info(`  ${outcome.plan.patient} is on a payment plan: ${dollars(outcome.plan.installmentCents)} a month from ${outcome.plan.firstDueOn}.`);
}
