import { OTHER_DENIAL_CATEGORY, OTHER_DENIAL_OWNER_ROLE, type DenialCategoryRuleInput } from './denial-category.defaults';

/** An adjustment to categorize. */
export interface AdjustmentToMatch {
  readonly groupCode: string;
  readonly reasonCode: string;
  readonly remarkCodes: readonly string[];
}

/** The rule that applies to an adjustment (the fallback `other` rule when none matches). */
export const FALLBACK_DENIAL_RULE: DenialCategoryRuleInput = {
  groupCode: null,
  reasonCode: '*',
  remarkCode: null,
  category: OTHER_DENIAL_CATEGORY,
  ownerRole: OTHER_DENIAL_OWNER_ROLE,
  ownerUserId: null,
  upstreamCheck: null,
};

/** How specific a rule is: group + reason + remark beats group + reason, which beats reason + remark, then reason alone. */
function specificity(rule: DenialCategoryRuleInput): number {
  return (rule.groupCode ? 2 : 0) + (rule.remarkCode ? 1 : 0);
}

function matches(rule: DenialCategoryRuleInput, adjustment: AdjustmentToMatch): boolean {
  if (normalizeCode(rule.reasonCode) !== normalizeCode(adjustment.reasonCode)) return false;
  if (rule.groupCode && normalizeCode(rule.groupCode) !== normalizeCode(adjustment.groupCode)) return false;
  if (rule.remarkCode && !adjustment.remarkCodes.some((remark) => normalizeCode(remark) === normalizeCode(rule.remarkCode as string))) return false;
  return true;
}

/** The most specific rule matching the adjustment, else {@link FALLBACK_DENIAL_RULE}. */
export function matchDenialRule<R extends DenialCategoryRuleInput>(rules: readonly R[], adjustment: AdjustmentToMatch): R | DenialCategoryRuleInput {
  let best: R | null = null;
  for (const rule of rules) {
    if (matches(rule, adjustment) && (!best || specificity(rule) > specificity(best))) best = rule;
  }
  return best ?? FALLBACK_DENIAL_RULE;
}

/** A code as compared and stored: trimmed, upper case (CAS group codes), without leading zeros lost or added. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}
