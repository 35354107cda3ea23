import { definePlugin, type StatementRenderer } from '@openrcm/sdk';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { DEFAULT_STATEMENT_TEMPLATE } from './default-template';
import { emailStatementChannel } from './email-channel';
import { compileStatementTemplate, templateProblem, type StatementTemplate } from './html-statement';
import { statementPdf } from './pdf-statement';
import { printStatementChannel } from './print-channel';
import { SAMPLE_STATEMENT } from './sample-statement';
import { statementView } from './statement-view';

const settings = z.object({
  template: z
    .string()
    .max(200_000)
    .optional()
    .superRefine((source, issues) => {
      const problem = source === undefined ? null : templateProblem(source, statementView(SAMPLE_STATEMENT));
      if (problem) issues.addIssue({ code: 'custom', message: `the template does not render the sample statement: ${problem}` });
    })
    .describe('The statement as a handlebars HTML template over the statement view; empty for the built-in one'),
  attachPdf: z.boolean().default(false).describe('Attach the PDF to statement emails (otherwise the email carries a link or the phone number)'),
  print: z
    .object({
      folder: z.string().min(1).refine(isAbsolute, 'the print folder must be an absolute path on the server').describe('The folder the print batches (one PDF and its CSV index per run) are written to'),
    })
    .optional()
    .describe('The print-vendor batch for guarantors without email consent; off when absent'),
});

/** The statement renderer: the organization's template (or the built-in one) for HTML, pdfkit for the PDF. */
export function statementRenderer(template: StatementTemplate): StatementRenderer {
  return {
    id: 'handlebars-pdfkit',
    async render(_context, statement) {
      const view = statementView(statement);
      return { html: template(view), pdf: await statementPdf(view) };
    },
  };
}

/** Patient statements: rendered from an editable handlebars template as HTML and as a text PDF, delivered by email or in a print batch. */
export const plugin = definePlugin({
  id: 'patient-statements',
  version: '1.0.0',
  sdk: '^1.8.0',
  settings,
  capabilities: { mail: true },
  register(ctx) {
    ctx.contribute('statement-renderer', statementRenderer(compileStatementTemplate(ctx.settings.template ?? DEFAULT_STATEMENT_TEMPLATE)));
    ctx.contribute('statement-channel', emailStatementChannel(ctx.mail, { attachPdf: ctx.settings.attachPdf }));
    if (ctx.settings.print) ctx.contribute('statement-channel', printStatementChannel(ctx.settings.print));
  },
});
