import { Money, type ValidationNotice, type ValidationResponseChoice } from '@openrcm/sdk';
import PDFDocument from 'pdfkit';

const MARGIN = 40;
const GUTTER = 20;
const LEFT_WIDTH = 250;
const CHECKBOX = 8;
const CFPB_URL = 'www.cfpb.gov/debt-collection';

type Pdf = PDFKit.PDFDocument;

/** `2025-01-02` → `January 2, 2025`, as the model form prints dates. */
function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' }).format(new Date(`${isoDate}T00:00:00Z`));
}

function dollars(cents: number): string {
  return Money.fromCents(cents).toDisplay();
}

/** Text at (x, y) in a box `width` wide; returns the y below it. */
function write(pdf: Pdf, text: string, x: number, y: number, width: number, options: { bold?: boolean; size?: number; align?: 'left' | 'right' } = {}): number {
  pdf.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(options.size ?? 9);
  pdf.text(text, x, y, { width, align: options.align ?? 'left' });
  return pdf.y;
}

/** A bullet point of the model form's right column; returns the y below it. */
function bullet(pdf: Pdf, text: string, x: number, y: number, width: number): number {
  write(pdf, '•', x, y, 8);
  return write(pdf, text, x + 10, y, width - 10) + 3;
}

/** The collector's name, address and phone at the top left; the consumer's name and address at the top right. */
function header(pdf: Pdf, notice: ValidationNotice, right: number): number {
  const { collector, consumer } = notice;
  let left = write(pdf, collector.name, MARGIN, MARGIN, LEFT_WIDTH, { bold: true, size: 11 });
  left = write(pdf, [...collector.address, `${collector.phone}, ${collector.hours}`].join('\n'), MARGIN, left, LEFT_WIDTH);
  if (collector.electronicDisputeAddress) left = write(pdf, collector.electronicDisputeAddress, MARGIN, left, LEFT_WIDTH);
  const toX = right - 200;
  write(pdf, 'To:', toX - 24, MARGIN, 24);
  let to = write(pdf, [consumer.name, ...consumer.address].join('\n'), toX, MARGIN, 200);
  to = write(pdf, `Reference: ${notice.reference}`, toX, to + 4, 200, { bold: true });
  return Math.max(left, to) + 18;
}

/** "Our information shows:" and the itemization table since the itemization date. */
function itemization(pdf: Pdf, notice: ValidationNotice, top: number): number {
  const { itemization: amounts } = notice;
  const itemized = longDate(notice.itemizationDate);
  let y = write(pdf, 'Our information shows:', MARGIN, top, LEFT_WIDTH, { bold: true, size: 11 }) + 2;
  y = write(pdf, `You had ${notice.debtDescription} from ${notice.creditorName} with account number ${notice.accountNumber}.`, MARGIN, y, LEFT_WIDTH) + 8;
  const labelWidth = 165;
  const row = (label: string, sign: string, cents: number | undefined, options: { bold?: boolean; indent?: number } = {}): void => {
    const indent = options.indent ?? 0;
    const bottom = write(pdf, label, MARGIN + 4 + indent, y, labelWidth - indent, { bold: options.bold });
    if (cents !== undefined) {
      write(pdf, sign, MARGIN + labelWidth + 10, y, 10, { bold: options.bold });
      write(pdf, dollars(cents), MARGIN + labelWidth + 20, y, LEFT_WIDTH - labelWidth - 24, { bold: options.bold, align: 'right' });
    }
    y = bottom + 5;
  };
  const boxTop = y - 4;
  row(`As of ${itemized}, you owed:`, '', amounts.atItemizationCents, { bold: true });
  row(`Between ${itemized} and today:`, '', undefined, { bold: true });
  row('You were charged this amount in interest:', '+', amounts.interestCents, { indent: 8 });
  row('You were charged this amount in fees:', '+', amounts.feesCents, { indent: 8 });
  row('You paid or were credited this amount toward the debt:', '–', amounts.paymentsCents + amounts.creditsCents, { indent: 8 });
  row('Total amount of the debt now:', '', notice.amountNowCents, { bold: true });
  pdf.rect(MARGIN, boxTop, LEFT_WIDTH, y - boxTop).lineWidth(0.75).strokeColor('#444444').stroke();
  return y;
}

/** "How can you dispute the debt?" and "What else can you do?", the right column of the model form. */
function rights(pdf: Pdf, notice: ValidationNotice, x: number, top: number, width: number): number {
  const endsOn = longDate(notice.validationPeriodEndsOn);
  const electronic = notice.collector.electronicDisputeAddress;
  let y = write(pdf, 'How can you dispute the debt?', x, top, width, { bold: true, size: 11 }) + 2;
  y = bullet(pdf, `Call or write to us by ${endsOn}, to dispute all or part of the debt. If you do not, we will assume that our information is correct.`, x, y, width);
  y = bullet(
    pdf,
    `If you write to us by ${endsOn}, we must stop collection on any amount you dispute until we send you information that shows you owe the debt. ` +
      'You may use the form below or write to us without the form. You may also include supporting documents.' +
      (electronic ? ` We accept disputes electronically at ${electronic}.` : ''),
    x,
    y,
    width,
  );
  y = write(pdf, 'What else can you do?', x, y + 6, width, { bold: true, size: 11 }) + 2;
  y = bullet(
    pdf,
    'Write to ask for the name and address of the original creditor, if different from the current creditor. ' +
      `If you write by ${endsOn}, we must stop collection until we send you that information. You may use the form below or write to us without the form.` +
      (electronic ? ` We accept such requests electronically at ${electronic}.` : ''),
    x,
    y,
    width,
  );
  y = bullet(pdf, `Go to ${CFPB_URL} to learn more about your rights under federal law. For instance, you have the right to stop or limit how we contact you.`, x, y, width);
  y = bullet(pdf, 'Contact us about your payment options.', x, y, width);
  if (notice.offerSpanish) y = bullet(pdf, 'Póngase en contacto con nosotros para solicitar una copia de este formulario en español.', x, y, width);
  return y;
}

/** A checkbox and its label; returns the y below the label. */
function checkbox(pdf: Pdf, label: string, x: number, y: number, width: number): number {
  pdf.rect(x, y + 1, CHECKBOX, CHECKBOX).lineWidth(0.75).strokeColor('black').stroke();
  return write(pdf, label, x + CHECKBOX + 6, y, width - CHECKBOX - 6) + 4;
}

/** The tear-off response form: where to mail it, and the consumer's choices. */
function responseForm(pdf: Pdf, notice: ValidationNotice, top: number, right: number): void {
  pdf.moveTo(MARGIN, top).lineTo(right, top).dash(4, { space: 3 }).lineWidth(0.75).strokeColor('#444444').stroke().undash();
  const formX = MARGIN + LEFT_WIDTH + GUTTER;
  const formWidth = right - formX;
  const label = (choice: ValidationResponseChoice): string => notice.responseOptions.find((option) => option.choice === choice)?.label ?? '';
  const has = (choice: ValidationResponseChoice): boolean => notice.responseOptions.some((option) => option.choice === choice);

  let left = write(pdf, 'Mail this form to:', MARGIN + 20, top + 40, LEFT_WIDTH - 20, { bold: true });
  left = write(pdf, [notice.collector.name, ...notice.collector.address].join('\n'), MARGIN + 20, left + 2, LEFT_WIDTH - 20);
  write(pdf, [notice.consumer.name, ...notice.consumer.address].join('\n'), MARGIN + 20, left + 30, LEFT_WIDTH - 20);

  let y = write(pdf, 'How do you want to respond?', formX, top + 14, formWidth, { bold: true, size: 12 });
  y = write(pdf, 'Check all that apply:', formX, y + 2, formWidth) + 6;
  y = write(pdf, 'I want to dispute the debt because I think:', formX, y, formWidth, { bold: true }) + 4;
  for (const choice of ['not-my-debt', 'amount-wrong', 'other-dispute'] as const) y = checkbox(pdf, label(choice), formX + 14, y, formWidth - 14);
  y = checkbox(pdf, label('original-creditor'), formX, y + 4, formWidth);
  y = checkbox(pdf, `${label('enclosed-payment')}  $ ____________`, formX, y + 4, formWidth);
  y = write(pdf, `Make your check payable to ${notice.collector.name}. Include the reference number ${notice.reference}.`, formX + CHECKBOX + 6, y, formWidth - CHECKBOX - 6);
  if (has('spanish-form')) checkbox(pdf, label('spanish-form'), formX, y + 6, formWidth);
}

/**
 * Renders a Regulation F validation notice as a one-page US-letter PDF laid out like the CFPB's model form B-1: the
 * collector and consumer, the debt collector statement, the itemization since the itemization date, how to dispute
 * by the validation period end date, what else the consumer can do, and the tear-off response form. Real text in
 * pdfkit's built-in Helvetica (searchable, readable by screen readers and `pdftotext`). Build the notice with
 * `buildValidationNotice` from `@openrcm/sdk`, which checks its fields and computes the end date.
 */
export function renderValidationNoticePdf(notice: ValidationNotice): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'LETTER', margin: MARGIN, info: { Title: 'Validation notice', Author: notice.collector.name } });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  const right = pdf.page.width - MARGIN;
  let y = header(pdf, notice, right);
  y = write(
    pdf,
    `${notice.collector.name} is a debt collector. We are trying to collect a debt that you owe to ${notice.creditorName}. We will use any information you give us to help collect the debt.`,
    MARGIN,
    y,
    right - MARGIN,
    { size: 10.5 },
  ) + 14;
  const columnX = MARGIN + LEFT_WIDTH + GUTTER;
  const bottom = Math.max(itemization(pdf, notice, y), rights(pdf, notice, columnX, y, right - columnX));
  responseForm(pdf, notice, bottom + 24, right);
  pdf.end();
  return done;
}
