import { readFile } from 'node:fs/promises';
import { createPayerRuleSet, FALLBACK_PAYER, SIMULATED_HEALTH_PLAN, SIMULATED_MEDICARE_ADVANTAGE, SIMULATED_MEDICARE_PART_B } from '../payer';
import type { PayerRules, PayerRuleSet } from '../payer';
import { InputError } from './cli-io';

/** The JSON a `--rules` file holds: the payers and the fallback (`null`: unknown payer ids are rejected). */
export interface RulesFile {
  readonly payers: PayerRules[];
  readonly fallback?: PayerRules | null;
}

/** The default rules as a `--rules` file, for `openrcm-sim rules` to print and a user to edit. */
export function defaultRulesFile(): RulesFile {
  return { payers: [SIMULATED_HEALTH_PLAN, SIMULATED_MEDICARE_ADVANTAGE, SIMULATED_MEDICARE_PART_B], fallback: FALLBACK_PAYER };
}

/** The rule set of a `--rules` file over the default roster, or the default rules without one. */
export async function loadRules(path: string | undefined): Promise<PayerRuleSet> {
  if (path === undefined) return createPayerRuleSet();
  let parsed: RulesFile;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8')) as RulesFile;
  } catch (e) {
    throw new InputError(`--rules ${path}: ${(e as Error).message}`);
  }
  if (!parsed || !Array.isArray(parsed.payers)) throw new InputError(`--rules ${path}: expected { "payers": [...], "fallback": {...} | null }`);
  try {
    return createPayerRuleSet({ payers: parsed.payers, fallback: parsed.fallback === undefined ? null : parsed.fallback });
  } catch (e) {
    throw new InputError(`--rules ${path}: ${(e as Error).message}`);
  }
}
