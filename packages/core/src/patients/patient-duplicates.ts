/**
 * How two registrations are judged to be possibly the same person: the same last name and first name once case,
 * accents, spaces and punctuation are ignored (`Peña-Ruiz` = `PENA RUIZ`, `O'Brien` = `obrien`), the same birth
 * date and the same administrative sex.
 */
export function duplicateNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The identifying fields duplicate detection compares. */
export interface DuplicateProbe {
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: string;
}

/** Whether `candidate` matches `probe` by the rule of {@link duplicateNameKey}. */
export function isPossibleDuplicate(probe: DuplicateProbe, candidate: DuplicateProbe): boolean {
  return candidate.birthDate === probe.birthDate && candidate.sex === probe.sex && sameName(probe, candidate);
}

/** Whether two people have the same last and first names by the rule of {@link duplicateNameKey}. */
export function sameName(a: Pick<DuplicateProbe, 'firstName' | 'lastName'>, b: Pick<DuplicateProbe, 'firstName' | 'lastName'>): boolean {
  return duplicateNameKey(a.lastName) === duplicateNameKey(b.lastName) && duplicateNameKey(a.firstName) === duplicateNameKey(b.firstName);
}
