/**
 * The NCCI PTP-associated modifiers: on an edit with modifier indicator 1, one of these on the claim lines of the pair
 * bypasses the edit (Medicare NCCI Policy Manual, Chapter I, General Correct Coding Policies, §E "Modifiers and
 * Modifier Indicators"; the Medicaid NCCI Technical Guidance Manual lists the same set). A modifier indicator 0 edit
 * is never bypassed; indicator 9 means the edit does not apply.
 */
export const NCCI_ANATOMIC_MODIFIERS: readonly string[] = [
  'E1', 'E2', 'E3', 'E4',
  'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9',
  'LC', 'LD', 'LM', 'LT', 'RC', 'RI', 'RT',
  'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9',
];

/** Global surgery modifiers (24, 25, 57, 58, 78, 79) and the others (27, 59, 91, XE, XS, XP, XU) of the same section. */
export const NCCI_OTHER_MODIFIERS: readonly string[] = ['24', '25', '27', '57', '58', '59', '78', '79', '91', 'XE', 'XS', 'XP', 'XU'];

/** Every NCCI PTP-associated modifier. */
export const NCCI_PTP_MODIFIERS: readonly string[] = [...NCCI_ANATOMIC_MODIFIERS, ...NCCI_OTHER_MODIFIERS];
