/**
 * The PC/TC indicator of the PFS Relative Value File: whether a code splits into a professional component (modifier
 * 26) and a technical component (modifier TC), each priced on its own row.
 */
export const PCTC_INDICATORS: Readonly<Record<string, string>> = {
  '0': 'physician service: the PC/TC split does not apply',
  '1': 'diagnostic test: the global, 26 and TC rows are priced separately',
  '2': 'professional-component-only code',
  '3': 'technical-component-only code',
  '4': 'global-test-only code: the professional and technical parts have codes of their own',
  '5': 'incident-to code: not payable with modifier 26 or TC',
  '6': 'laboratory physician interpretation code',
  '7': 'physical therapy service: modifier 26 or TC not allowed',
  '8': 'physician interpretation code',
  '9': 'the PC/TC concept does not apply',
};

/** Modifiers the RVU file prices on rows of their own: professional, technical component, discontinued procedure. */
export const ROW_MODIFIERS: ReadonlySet<string> = new Set(['26', 'TC', '53']);
