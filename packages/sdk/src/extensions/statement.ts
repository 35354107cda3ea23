import type { RequestContext } from '../context/request-context';
import type { OperationResult } from '../result/operation-result';

/** One date of service on a statement, with the patient's share split by kind. @public */
export interface StatementLine {
  readonly serviceDate: string;
  readonly description: string;
  readonly chargeCents: number;
  readonly insurancePaidCents: number;
  readonly adjustmentCents: number;
  readonly deductibleCents: number;
  readonly coinsuranceCents: number;
  readonly copayCents: number;
  readonly nonCoveredCents: number;
}

/** A patient statement, ready to render. @public */
export interface StatementDocument {
  readonly statementId: string;
  readonly statementDate: string;
  readonly dueDate: string;
  readonly accountNumber: string;
  readonly provider: { readonly name: string; readonly address: readonly string[]; readonly phone: string };
  readonly patientName: string;
  readonly lines: readonly StatementLine[];
  readonly priorBalanceCents: number;
  readonly paymentsCents: number;
  readonly amountDueCents: number;
  readonly payOnlineUrl?: string;
}

/** A rendered statement. @public */
export interface RenderedStatement {
  readonly html: string;
  readonly pdf: Uint8Array;
}

/** Extension point `statement-renderer`: turns a statement into HTML and PDF. @public */
export interface StatementRenderer {
  readonly id: string;
  render(context: RequestContext, statement: StatementDocument): Promise<RenderedStatement>;
}

/** Extension point `statement-channel`: delivers a rendered statement (email, print file, portal). @public */
export interface StatementChannel {
  readonly id: string;
  deliver(
    context: RequestContext,
    statement: StatementDocument,
    rendered: RenderedStatement,
  ): Promise<OperationResult<{ readonly deliveryReference: string }>>;
}
