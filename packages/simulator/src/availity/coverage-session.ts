import type { Roster } from '../roster/roster';
import type { RosterMember, RosterPayer } from '../roster/roster.types';
import { COVERAGE_FORM, COVERAGE_STATUS, REJECT_REASON } from './availity-fields';
import type { AvailityScenario } from './availity-scenarios';
import { coverageDocument, type CoverageForm, type FieldError } from './coverage-document';

/** How the fake answers one step (the POST or a poll) of a coverage request. */
export interface CoverageAnswer {
  /** The HTTP status: 200 for a final answer, 202 while in progress, 401 when the token-expiry scenario strikes. */
  readonly httpStatus: 200 | 202 | 401;
  /** The coverage document (absent with 401). */
  readonly document?: Record<string, unknown>;
  /** The token-expiry scenario: expire the caller's token. */
  readonly revokeToken?: boolean;
}

/** Tuning of the multi-step scenarios. */
export interface SessionTuning {
  /** Polls answered "in progress" before the answer is complete. */
  readonly pollsUntilComplete: number;
  /** Polls answered "R1" (retrying) before the answer is complete. */
  readonly retryingPolls: number;
}

type Status = { readonly code: string; readonly text: string };

/** One coverage request the fake holds: its form, its scenario, and how many times it was polled. */
export class CoverageSession {
  private polls = 0;
  private readonly createdDate = new Date();
  private readonly payer: RosterPayer | undefined;
  private readonly member: RosterMember | undefined;
  private readonly rejects: readonly FieldError[];

  constructor(
    /** The coverage id the POST answers with and polls use. */
    readonly id: string,
    private readonly form: CoverageForm,
    private readonly scenario: AvailityScenario | undefined,
    roster: Roster,
    private readonly tuning: SessionTuning,
  ) {
    this.payer = roster.payer(form[COVERAGE_FORM.payerId] ?? '');
    const lookup = roster.find({
      payerId: form[COVERAGE_FORM.payerId] ?? '',
      memberId: form[COVERAGE_FORM.memberId] ?? '',
      birthDate: form[COVERAGE_FORM.patientBirthDate],
    });
    const forcedMiss = scenario === 'member-not-found';
    this.member = lookup.found && !forcedMiss ? (scenario === 'inactive' ? { ...lookup.member, active: false } : lookup.member) : undefined;
    const miss = forcedMiss ? 'member-not-found' : lookup.found ? undefined : lookup.miss;
    this.rejects = miss ? [rejectOf(miss)] : [];
  }

  /** The answer to the POST that created the request. */
  created(): CoverageAnswer {
    switch (this.scenario) {
      case 'in-progress':
      case 'token-expiry':
        return this.answer(202, COVERAGE_STATUS.inProgress);
      case 'retrying':
        return this.answer(202, COVERAGE_STATUS.retrying);
      default:
        return this.final();
    }
  }

  /** The answer to the next poll. */
  polled(): CoverageAnswer {
    this.polls += 1;
    switch (this.scenario) {
      case 'in-progress':
        return this.polls < this.tuning.pollsUntilComplete ? this.answer(202, COVERAGE_STATUS.inProgress) : this.final();
      case 'retrying':
        return this.polls < this.tuning.retryingPolls ? this.answer(202, COVERAGE_STATUS.retrying) : this.final();
      case 'token-expiry':
        return this.polls === 1 ? { httpStatus: 401, revokeToken: true } : this.final();
      default:
        return this.final();
    }
  }

  private final(): CoverageAnswer {
    switch (this.scenario) {
      case 'payer-error':
        return this.answer(200, COVERAGE_STATUS.invalidPayerResponse, [{ errorMessage: 'The payer answered with a response that could not be read.' }]);
      case 'request-error':
        return this.answer(200, COVERAGE_STATUS.requestError, [
          { field: 'providerNpi', code: '51', errorMessage: 'Invalid/Missing Provider Identification' },
          { field: 'patientBirthDate', code: '58', errorMessage: 'Invalid/Missing Date-of-Birth' },
        ]);
      case 'communication-error-7':
        return this.answer(200, COVERAGE_STATUS.communicationError7, [{ errorMessage: 'The payer did not answer.' }]);
      case 'communication-error-13':
        return this.answer(200, COVERAGE_STATUS.communicationError13, [{ errorMessage: 'The payer did not answer.' }]);
      case 'communication-error-14':
        return this.answer(200, COVERAGE_STATUS.communicationError14, [{ errorMessage: 'The payer did not answer.' }]);
      case 'communication-error-15':
        return this.answer(200, COVERAGE_STATUS.communicationError15, [{ errorMessage: 'The payer did not answer.' }]);
      default:
        return this.answer(200, COVERAGE_STATUS.complete, this.rejects);
    }
  }

  private answer(httpStatus: 200 | 202, status: Status, validationMessages: readonly FieldError[] = []): CoverageAnswer {
    const document = coverageDocument({
      id: this.id,
      status,
      form: this.form,
      createdDate: this.createdDate,
      payer: this.payer,
      member: this.member,
      validationMessages,
    });
    return { httpStatus, document };
  }
}

function rejectOf(miss: 'member-not-found' | 'birth-date-mismatch' | 'payer-not-found'): FieldError {
  const rejects = {
    'member-not-found': { field: COVERAGE_FORM.memberId, reason: REJECT_REASON.memberNotFound },
    'birth-date-mismatch': { field: COVERAGE_FORM.patientBirthDate, reason: REJECT_REASON.birthDateMismatch },
    'payer-not-found': { field: COVERAGE_FORM.payerId, reason: REJECT_REASON.payerNotFound },
  } as const;
  const { field, reason } = rejects[miss];
  return { field, code: reason.code, errorMessage: reason.text };
}
