import { elementAt, tokenize, type Segment } from '@openrcm/x12';

/** One 837P transaction set: its ST02 and the patient control numbers (CLM01) of its claims. */
export interface Indexed837PTransaction {
  readonly controlNumber: string;
  readonly patientControlNumbers: readonly string[];
}

/** What a 999 or a batch record needs from an 837P interchange: ISA13, GS06 and each ST02 with its CLM01s. */
export interface Indexed837P {
  readonly interchangeControlNumber: string;
  readonly groupControlNumber: string;
  readonly transactions: readonly Indexed837PTransaction[];
}

/**
 * Reads the envelope numbers and each transaction set's claims (ST02 → CLM01) from an 837P interchange, as it was
 * written. Throws when the text holds no ISA, no GS or no ST (it is then not an 837P core wrote).
 */
export function index837P(x12: string): Indexed837P {
  let interchangeControlNumber = '';
  let groupControlNumber = '';
  const transactions: { controlNumber: string; patientControlNumbers: string[] }[] = [];
  const errors: string[] = [];
  tokenize(
    x12,
    {
      segment(seg: Segment) {
        if (seg.id === 'ISA' && !interchangeControlNumber) interchangeControlNumber = elementAt(seg, 13).trim();
        else if (seg.id === 'GS' && !groupControlNumber) groupControlNumber = elementAt(seg, 6).trim();
        else if (seg.id === 'ST') transactions.push({ controlNumber: elementAt(seg, 2).trim(), patientControlNumbers: [] });
        else if (seg.id === 'CLM') transactions.at(-1)?.patientControlNumbers.push(elementAt(seg, 1).trim());
      },
    },
    (issue) => {
      if (issue.severity === 'error') errors.push(issue.message);
    },
  );
  if (!interchangeControlNumber || !groupControlNumber || transactions.length === 0) {
    throw new Error(`not an 837P interchange: ${errors[0] ?? 'no ISA, GS or ST segment'}`);
  }
  return { interchangeControlNumber, groupControlNumber, transactions };
}
