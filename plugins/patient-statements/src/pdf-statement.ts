import PDFDocument from 'pdfkit';
import type { StatementView, StatementViewLine } from './statement-view';

const MARGIN = 40;
const COLUMNS: readonly { readonly title: string; readonly width: number; readonly value: (line: Omit<StatementViewLine, 'serviceDate' | 'description'> & Partial<StatementViewLine>) => string }[] = [
  { title: 'Date', width: 52, value: (line) => line.serviceDate ?? 'Total' },
  { title: 'Service', width: 112, value: (line) => line.description ?? '' },
  { title: 'Charge', width: 46, value: (line) => line.charge },
  { title: 'Ins. paid', width: 46, value: (line) => line.insurancePaid },
  { title: 'Adjusted', width: 46, value: (line) => line.adjustments },
  { title: 'Deductible', width: 46, value: (line) => line.deductible },
  { title: 'Coinsurance', width: 48, value: (line) => line.coinsurance },
  { title: 'Copay', width: 42, value: (line) => line.copay },
  { title: 'Not covered', width: 46, value: (line) => line.nonCovered },
  { title: 'Your share', width: 48, value: (line) => line.yourShare },
];

/**
 * Lays the statement out as a US-letter PDF with pdfkit, in its built-in Helvetica: real text (searchable, readable
 * by screen readers and `pdftotext`), no browser needed on the server. It prints the same view the HTML template gets.
 */
export function statementPdf(view: StatementView): Promise<Uint8Array> {
  const pdf = new PDFDocument({ size: 'LETTER', margin: MARGIN, info: { Title: `${view.title} ${view.statementDate}`, Author: view.provider.name } });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  const right = pdf.page.width - MARGIN;

  pdf.font('Helvetica-Bold').fontSize(12).text(view.provider.name, MARGIN, MARGIN);
  pdf.font('Helvetica').fontSize(9).text([...view.provider.address, view.provider.phone].join('\n'));
  pdf.font('Helvetica-Bold').fontSize(16).text(view.title, right - 200, MARGIN, { width: 200, align: 'right' });
  pdf.font('Helvetica').fontSize(9).text(`Statement date: ${view.statementDate}\nAccount: ${view.accountNumber}\nPatient: ${view.patientName}`, { width: 200, align: 'right' });

  pdf.moveDown(2).text([view.recipient.name, ...view.recipient.address].join('\n'), MARGIN, undefined, { width: 260 });
  if (view.isFinalNotice) {
    pdf.moveDown().font('Helvetica-Bold').fillColor('#b42318').text(`Final notice: please pay this balance or contact us about a payment plan by ${view.dueDate}.`, MARGIN).fillColor('black');
  }

  pdf.moveDown();
  row(pdf, COLUMNS.map((column) => column.title), true);
  for (const line of view.lines) row(pdf, COLUMNS.map((column) => column.value(line)), false);
  row(pdf, COLUMNS.map((column) => column.value(view.totals)), true);

  pdf.moveDown().font('Helvetica').fontSize(10).text(`Prior balance: ${view.priorBalance}    Payments received: ${view.payments}`, MARGIN);
  pdf.moveDown(0.5).font('Helvetica-Bold').fontSize(14).text(`Amount due: ${view.amountDue}    Due by: ${view.dueDate}`, MARGIN);
  if (view.payOnlineUrl) pdf.font('Helvetica').fontSize(10).text(`Pay online: ${view.payOnlineUrl}`, MARGIN);

  for (const [title, text] of [
    ['How to pay', view.notices.howToPay],
    ['Payment plans', view.notices.paymentPlans],
    ['Financial assistance', view.notices.financialAssistance],
    ['Questions or disputes', `${view.notices.dispute} Call ${view.provider.phone}.`],
  ] as const) {
    pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(10).text(title, MARGIN);
    pdf.font('Helvetica').fontSize(9).text(text, MARGIN, undefined, { width: right - MARGIN });
  }
  pdf.end();
  return done;
}

/** One table row: each cell wraps within its column; the row is as tall as its tallest cell. */
function row(pdf: PDFKit.PDFDocument, cells: readonly string[], bold: boolean): void {
  pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(7.5);
  const heights = cells.map((cell, index) => pdf.heightOfString(cell, { width: (COLUMNS[index]?.width ?? 40) - 4 }));
  const height = Math.max(...heights) + 4;
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
  const top = pdf.y;
  let x = MARGIN;
  cells.forEach((cell, index) => {
    const width = COLUMNS[index]?.width ?? 40;
    pdf.text(cell, x + 2, top + 2, { width: width - 4, align: index < 2 ? 'left' : 'right' });
    x += width;
  });
  pdf.moveTo(MARGIN, top + height).lineTo(x, top + height).lineWidth(0.5).strokeColor('#9aa5b1').stroke();
  pdf.x = MARGIN;
  pdf.y = top + height;
}
