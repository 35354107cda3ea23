import { Money } from '@openrcm/sdk';
import type { AdjustmentCodeService } from '../reference/adjustment-codes.service';

/** A denial adjustment as people read it. */
export interface DescribedDenial {
  /** `Line 2 (97110)`, `Claim level`, or `Unmatched line 3 (97110)`. */
  readonly where: string;
  readonly lineNumber: number | null;
  readonly procedureCode: string | null;
  /** `CO-50`. */
  readonly code: string;
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly description: string;
  readonly amountCents: number;
  readonly amount: string;
  readonly remarks: readonly { readonly code: string; readonly description: string }[];
}

/** What is needed to describe one denial adjustment. */
export interface DenialToDescribe {
  readonly lineKey: string;
  readonly claimLineId: string | null;
  readonly procedureCode: string | null;
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly remarkCodes: readonly string[];
  readonly amountCents: number;
}

const NO_DESCRIPTION = 'no description on file (import the CARC/RARC list)';

/** Describes denials with the CARC and RARC wording in force on `onDate`, and line numbers from `lineNumbers` (claim line id → LX). */
export async function describeDenials(
  codes: AdjustmentCodeService,
  denials: readonly DenialToDescribe[],
  lineNumbers: ReadonlyMap<string, number>,
  onDate: string,
): Promise<DescribedDenial[]> {
  // One lookup per code, one at a time: the caller may be inside a transaction, whose one connection runs one query at a time.
  const cache = new Map<string, string>();
  const describe = async (kind: 'carc' | 'rarc', code: string): Promise<string> => {
    const key = `${kind}:${code}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    const description = (await codes.describe(kind, code, onDate)) ?? (await codes.describe(kind, code)) ?? NO_DESCRIPTION;
    cache.set(key, description);
    return description;
  };
  const described: DescribedDenial[] = [];
  for (const denial of denials) {
    const lineNumber = denial.claimLineId ? (lineNumbers.get(denial.claimLineId) ?? null) : null;
    const remarks: DescribedDenial['remarks'][number][] = [];
    for (const code of denial.remarkCodes) remarks.push({ code, description: await describe('rarc', code) });
    described.push({
      where: whereOf(denial, lineNumber),
      lineNumber,
      procedureCode: denial.procedureCode,
      code: `${denial.groupCode}-${denial.reasonCode}`,
      groupCode: denial.groupCode,
      reasonCode: denial.reasonCode,
      description: await describe('carc', denial.reasonCode),
      amountCents: denial.amountCents,
      amount: Money.fromCents(denial.amountCents).toDisplay(),
      remarks,
    });
  }
  return described;
}

function whereOf(denial: DenialToDescribe, lineNumber: number | null): string {
  if (denial.procedureCode === null) return 'Claim level';
  if (lineNumber !== null) return `Line ${lineNumber} (${denial.procedureCode})`;
  return `Unmatched line (${denial.procedureCode})`;
}

/** One line of a work item note: `- Line 2 (97110): CO-197 Precertification absent — $240.00; remarks N54 (…)`. */
export function denialNoteLine(denial: DescribedDenial): string {
  const remarks = denial.remarks.length > 0 ? `; remarks ${denial.remarks.map((remark) => `${remark.code} (${remark.description})`).join(', ')}` : '';
  return `- ${denial.where}: ${denial.code} ${denial.description} — ${denial.amount}${remarks}`;
}
