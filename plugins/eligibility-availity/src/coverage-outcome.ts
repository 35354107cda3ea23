import { OperationResults, type EligibilityBenefits, type OperationResult } from '@openrcm/sdk';
import { COVERAGE_JSON, COVERAGE_STATUS_CODES, MESSAGE_JSON, PLAN_JSON } from './availity-fields';
import type { CoverageJson } from './availity-coverages.client';
import { mapBenefits } from './coverage-benefits.mapper';

/** Where a coverage document leaves a check: answered, or still in progress under `id`. */
export type CoverageOutcome =
  | { readonly final: true; readonly result: OperationResult<EligibilityBenefits> }
  | { readonly final: false; readonly id: string; readonly statusCode: string };

/** X12 AAA reject reasons as a person can act on them (the payer's own text stays in `messages`). */
const REJECT_REASONS: Readonly<Record<string, string>> = {
  '42': 'the payer\'s system is unable to respond now',
  '43': 'the provider is not registered with the payer',
  '71': 'the patient\'s birth date does not match the payer\'s records',
  '72': 'the member id is invalid or missing',
  '73': 'the patient\'s name is invalid or missing',
  '75': 'the payer found no such subscriber',
  '76': 'the payer found a duplicate member id',
  '79': 'the payer id is invalid',
};

/**
 * What a coverage document means for the check, by its `statusCode` (a string):
 * - `0` in progress and `R1` retrying are not final: poll again;
 * - `4` complete: SUCCESS with the benefits when a plan is active; FAILURE with the payer's reason and code when the
 *   coverage is inactive (the benefits ride along) or the payer rejected the inquiry (no plans, AAA reason);
 * - `3` complete with an invalid payer response: EXCEPTION, retryable — the payer's answer was unusable, which says
 *   nothing about the coverage;
 * - `19` request error: EXCEPTION, not retryable — the request must be corrected (the fields are named); it is not
 *   an inactive coverage, so it is never a FAILURE;
 * - `7`, `13`, `14`, `15` communication errors, and any unknown code: EXCEPTION, retryable, never inactive.
 */
export function interpretCoverage(coverage: CoverageJson, serviceType: string): CoverageOutcome {
  const statusCode = String(coverage[COVERAGE_JSON.statusCode]);
  const id = typeof coverage[COVERAGE_JSON.id] === 'string' ? (coverage[COVERAGE_JSON.id] as string) : '';
  const codes = COVERAGE_STATUS_CODES;
  if (statusCode === codes.inProgress || statusCode === codes.retrying) {
    if (!id) return final(OperationResults.exception(`Availity answered status ${statusCode} without a coverage id`, true));
    return { final: false, id, statusCode };
  }
  if (statusCode === codes.complete) return final(completeResult(coverage, serviceType));
  if (statusCode === codes.invalidPayerResponse) {
    return final(OperationResults.exception('Availity: the payer\'s answer could not be read (status 3); try again later', true));
  }
  if (statusCode === codes.requestError) {
    const fields = validationFields(coverage);
    return final(OperationResults.exception(`Availity refused the request as invalid (status 19)${fields ? `: ${fields}` : ''}`, false));
  }
  if ((codes.communicationErrors as readonly string[]).includes(statusCode)) {
    return final(OperationResults.exception(`Availity could not reach the payer (status ${statusCode})`, true));
  }
  return final(OperationResults.exception(`Availity answered an unknown status code "${statusCode}"`, true));
}

function completeResult(coverage: CoverageJson, serviceType: string): OperationResult<EligibilityBenefits> {
  const benefits = mapBenefits(coverage, serviceType);
  const plans = coverage[COVERAGE_JSON.plans];
  if (!Array.isArray(plans) || plans.length === 0) {
    const reject = firstMessage(coverage);
    const reason = (reject?.code && REJECT_REASONS[reject.code]) ?? 'the payer returned no coverage for this member';
    return OperationResults.failure(reason, { code: reject?.code, value: benefits });
  }
  if (!benefits.active) {
    const planStatus = (plans.find((p) => typeof p === 'object' && p !== null) as Record<string, unknown> | undefined)?.[PLAN_JSON.statusCode];
    return OperationResults.failure('the payer reports the coverage inactive on the date asked about', {
      code: typeof planStatus === 'string' ? planStatus : undefined,
      value: benefits,
    });
  }
  return OperationResults.success(benefits);
}

function final(result: OperationResult<EligibilityBenefits>): CoverageOutcome {
  return { final: true, result };
}

function messages(coverage: CoverageJson): Record<string, unknown>[] {
  const list = coverage[COVERAGE_JSON.validationMessages];
  return Array.isArray(list) ? list.filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null) : [];
}

function firstMessage(coverage: CoverageJson): { code?: string } | undefined {
  const first = messages(coverage)[0];
  if (!first) return undefined;
  const code = first[MESSAGE_JSON.code];
  return { code: typeof code === 'string' ? code : undefined };
}

function validationFields(coverage: CoverageJson): string {
  const fields = messages(coverage)
    .map((m) => [m[MESSAGE_JSON.field], m[MESSAGE_JSON.code]])
    .filter(([field]) => typeof field === 'string')
    .map(([field, code]) => (typeof code === 'string' ? `${field as string} (${code})` : (field as string)));
  return [...new Set(fields)].join(', ');
}
