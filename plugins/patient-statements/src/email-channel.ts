import { OperationResults, type PluginMail, type StatementChannel } from '@openrcm/sdk';
import { statementView } from './statement-view';

/** How the email channel is set up. */
export interface EmailChannelOptions {
  /** Attach the statement PDF (off by default: the email carries a link, or only the amount and the phone). */
  readonly attachPdf: boolean;
}

/**
 * Emails a statement to the guarantor who consented to email (`recipient.email`; core sends others to print). The body
 * names the provider, the amount due and the due date, and links to the statement online when the document has a
 * link; the PDF is attached only when the clinic turns attachments on. No diagnosis or service detail is in the body.
 */
export function emailStatementChannel(mail: PluginMail, options: EmailChannelOptions): StatementChannel {
  return {
    id: 'email',
    async deliver(_context, statement, rendered) {
      const to = statement.recipient.email;
      if (!to) return OperationResults.failure('the guarantor has not consented to statements by email (no address given)');
      const view = statementView(statement);
      const lines = [
        `Dear ${view.recipient.name},`,
        '',
        `${view.title} from ${view.provider.name} for account ${view.accountNumber}, dated ${view.statementDate}.`,
        `Amount due: ${view.amountDue}, due by ${view.dueDate}.`,
        '',
        view.payOnlineUrl ? `View and pay your statement online: ${view.payOnlineUrl}` : `To pay or ask about this bill, call ${view.provider.phone}.`,
        ...(options.attachPdf ? ['Your statement is attached as a PDF.'] : []),
        '',
        view.notices.financialAssistance,
        view.notices.dispute,
      ];
      const sent = await mail.send({
        to: [to],
        subject: `${view.title} from ${view.provider.name}: ${view.amountDue} due by ${view.dueDate}`,
        text: lines.join('\n'),
        ...(options.attachPdf ? { attachments: [{ filename: `statement-${view.statementDate}.pdf`, content: rendered.pdf, contentType: 'application/pdf' }] } : {}),
      });
      return OperationResults.success({ deliveryReference: sent.messageId });
    },
  };
}
