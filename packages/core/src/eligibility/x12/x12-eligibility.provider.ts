import { randomUUID } from 'node:crypto';
import {
  OperationResults,
  ValidationError,
  type ClearinghouseConnector,
  type EligibilityBenefits,
  type EligibilityProvider,
  type EligibilityRequest,
  type OperationResult,
  type RequestContext,
} from '@openrcm/sdk';
import { read271, reserveControlNumbers, write270, type ControlNumberSequence, type EnvelopeOptions } from '@openrcm/x12';
import { inquiryRequestIssues } from './x12-270.request-checks';
import { inquiryFromRequest } from './x12-270.inquiry';
import { map271ToBenefits } from './x12-271.mapper';

/** How the X12 provider envelopes its 270s and whom it names in them. */
export interface X12EligibilityProviderOptions {
  /** The provider's id (default `x12-<connector id>`). */
  readonly id?: string;
  /** A connector with the `realTimeEligibility` capability. */
  readonly connector: ClearinghouseConnector;
  /** ISA/GS sender and receiver (the submitter id and the clearinghouse's id), usage `P` or `T`. */
  readonly envelope: Pick<EnvelopeOptions, 'sender' | 'receiver' | 'usage'>;
  /** Control numbers (ISA13, GS06, ST02): core's persistent sequence, unique per sender. */
  readonly sequence: ControlNumberSequence;
  /** The payer's name for the 270 (2100A NM103), by payer id. */
  readonly payerName: (payerId: string) => string;
  /** The provider's name when the request has none (2100B NM103). */
  readonly providerName: string;
  /** The current time (injectable for tests). */
  readonly now?: () => Date;
  /** BHT03/TRN02 of each inquiry (default: 30 hexadecimal characters of a UUID, the longest TRN02 allows). */
  readonly referenceId?: () => string;
}

function defaultReferenceId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 30).toUpperCase();
}

/**
 * An {@link EligibilityProvider} that asks through a clearinghouse in real time: builds the 270, sends it with the
 * connector's `checkEligibility`, reads the 271 and maps it to OpenRCM's benefits (see {@link map271ToBenefits}).
 */
export class X12EligibilityProvider implements EligibilityProvider {
  readonly id: string;

  constructor(private readonly options: X12EligibilityProviderOptions) {
    this.id = options.id ?? `x12-${options.connector.id}`;
  }

  /**
   * Checks coverage with one 270/271 exchange; a request that cannot be written as a 270 is a ValidationError. The
   * connector's exceptions pass through; a pending answer becomes a retryable exception (this provider has no
   * `followUp`: a real-time 270 is simply asked again).
   */
  async check(context: RequestContext, request: EligibilityRequest): Promise<OperationResult<EligibilityBenefits>> {
    const issues = inquiryRequestIssues(request);
    if (issues.length > 0) throw new ValidationError(issues);
    const { connector } = this.options;
    if (!connector.capabilities.realTimeEligibility || !connector.checkEligibility) {
      return OperationResults.exception(`connector ${connector.id} does not send real-time 270s`, false);
    }
    const referenceId = (this.options.referenceId ?? defaultReferenceId)();
    const x12 = await this.write(request, referenceId);
    const answer = await connector.checkEligibility(context, x12);
    switch (answer.status) {
      case 'SUCCESS': return this.read(answer.value, referenceId, request.serviceTypeCode);
      case 'FAILURE': return OperationResults.failure(answer.reason, answer.code ? { code: answer.code } : {});
      case 'PENDING': return OperationResults.exception(`connector ${connector.id} answered a real-time 270 as pending; ask again`, true);
      default: return answer;
    }
  }

  private async write(request: EligibilityRequest, referenceId: string): Promise<string> {
    const inquiry = inquiryFromRequest(request, {
      payerName: this.options.payerName(request.payerId),
      providerName: request.providerName ?? this.options.providerName,
      referenceId,
      createdAt: (this.options.now ?? (() => new Date()))(),
    });
    const numbers = await reserveControlNumbers(this.options.sequence, 1);
    return write270([inquiry], { ...this.options.envelope, date: inquiry.createdDate, time: inquiry.createdTime }, numbers);
  }

  private read(text: string, referenceId: string, serviceTypeCode: string): OperationResult<EligibilityBenefits> {
    const { transactions, errors } = read271(text);
    const response = transactions[0];
    const fatal = errors.find((e) => e.severity === 'error');
    if (!response) {
      return OperationResults.exception(`the answer holds no 271${fatal ? ` (${fatal.code} at segment ${fatal.segmentIndex ?? '?'})` : ''}`, false);
    }
    const subscriber = response.subscribers[0];
    const traces = [...(subscriber?.traces ?? []), ...(subscriber?.dependents.flatMap((d) => d.traces) ?? [])];
    if (traces.length > 0 && !traces.some((t) => t.number === referenceId)) {
      return OperationResults.exception('the 271 answers another inquiry (its TRN02 does not echo ours)', false);
    }
    return map271ToBenefits(response, { raw: text, serviceTypeCode });
  }
}
