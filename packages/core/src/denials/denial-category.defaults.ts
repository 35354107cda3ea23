import type { Role } from '@openrcm/sdk';

/** The category of a denial no rule matches. */
export const OTHER_DENIAL_CATEGORY = 'other';

/** Who works the denials no rule matches. */
export const OTHER_DENIAL_OWNER_ROLE: Role = 'biller';

/** A category rule as stored and edited: which adjustments it matches, their category, owner and upstream gate check. */
export interface DenialCategoryRuleInput {
  /** CAS group code (CO, OA, PI …); null matches any group. */
  readonly groupCode: string | null;
  /** CARC. */
  readonly reasonCode: string;
  /** RARC; null matches whatever remarks the adjustment carries. */
  readonly remarkCode: string | null;
  readonly category: string;
  /** Who works the category's denial items: a member, or a role when no member is named. */
  readonly ownerRole: string | null;
  readonly ownerUserId: string | null;
  /** The gate check that should have caught the denial; its owner gets the stop-the-line work item. */
  readonly upstreamCheck: string | null;
}

interface CategoryDefaults {
  readonly category: string;
  readonly reasonCodes: readonly string[];
  readonly ownerRole: Role;
  readonly upstreamCheck: string | null;
}

/** DOMAIN.md "Denial categories for worklists", as each organization's mapping starts. */
const DEFAULT_CATEGORIES: readonly CategoryDefaults[] = [
  { category: 'eligibility', reasonCodes: ['27', '31', '109', '22'], ownerRole: 'front-desk', upstreamCheck: 'eligibility-verified' },
  { category: 'authorization', reasonCodes: ['197', '15'], ownerRole: 'front-desk', upstreamCheck: 'authorization-confirmed' },
  { category: 'coding', reasonCodes: ['4', '11', '16', '97', '236'], ownerRole: 'coder', upstreamCheck: 'codes-valid' },
  { category: 'medical-necessity', reasonCodes: ['50', '167'], ownerRole: 'coder', upstreamCheck: 'medical-necessity' },
  { category: 'timely-filing', reasonCodes: ['29'], ownerRole: 'biller', upstreamCheck: null },
  { category: 'duplicate', reasonCodes: ['18'], ownerRole: 'biller', upstreamCheck: null },
  { category: 'non-covered', reasonCodes: ['96', '204'], ownerRole: 'biller', upstreamCheck: 'eligibility-verified' },
];

/** The default rules: one per CARC, any group, any remark. */
export const DEFAULT_DENIAL_CATEGORY_RULES: readonly DenialCategoryRuleInput[] = DEFAULT_CATEGORIES.flatMap((defaults) =>
  defaults.reasonCodes.map((reasonCode) => ({
    groupCode: null,
    reasonCode,
    remarkCode: null,
    category: defaults.category,
    ownerRole: defaults.ownerRole,
    ownerUserId: null,
    upstreamCheck: defaults.upstreamCheck,
  })),
);
