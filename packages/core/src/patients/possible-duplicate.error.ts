import { ConflictError } from '@openrcm/sdk';

/** An existing patient that may be the person being registered, as the registration clerk is shown it. */
export interface DuplicateCandidate {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly accountNumber: string | null;
}

/**
 * A registration refused because patients with the same name, birth date and sex exist: the clerk reviews the
 * candidates and registers again with `duplicateReviewed: true` if this is a different person.
 */
export class PossibleDuplicateError extends ConflictError {
  constructor(readonly candidates: readonly DuplicateCandidate[]) {
    super(
      `${candidates.length} existing patient(s) have the same name, birth date and sex; review the candidates, ` +
        'then register again with duplicateReviewed: true if this is a different person',
    );
  }
}
