import type { PayerRules, PayerRuleSet } from './payer-rules.types';

function isCents(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function isRate(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}

function basisPoints(p: string, value: number, max: number, out: string[]): void {
  if (!Number.isInteger(value) || value < 0 || value > max) out.push(`${p} must be an integer from 0 to ${max} basis points`);
}

function rateSum(p: string, rates: readonly number[], out: string[]): void {
  if (rates.reduce((s, r) => s + r, 0) > 1 + 1e-9) out.push(`${p} rates add up to more than 1`);
}

function payerProblems(r: PayerRules, p: string): string[] {
  const out: string[] = [];
  if (!/^\d{9}$/.test(r.taxId)) out.push(`${p}.taxId must be 9 digits`);
  for (const [code, cents] of Object.entries(r.feeSchedule.fees)) if (!isCents(cents)) out.push(`${p}.feeSchedule.fees["${code}"] must be non-negative integer cents`);
  basisPoints(`${p}.feeSchedule.defaultBasisPointsOfCharge`, r.feeSchedule.defaultBasisPointsOfCharge, 10000, out);
  basisPoints(`${p}.outOfNetworkBasisPoints`, r.outOfNetworkBasisPoints, 10000, out);
  basisPoints(`${p}.sequestrationBasisPoints`, r.sequestrationBasisPoints, 10000, out);
  basisPoints(`${p}.defaultPlan.coinsuranceBasisPoints`, r.defaultPlan.coinsuranceBasisPoints, 10000, out);
  for (const f of ['copayCents', 'deductibleRemainingCents'] as const) if (!isCents(r.defaultPlan[f])) out.push(`${p}.defaultPlan.${f} must be non-negative integer cents`);
  if (!isRate(r.defaultPlan.deductibleMetRate)) out.push(`${p}.defaultPlan.deductibleMetRate must be from 0 to 1`);
  if (!Number.isInteger(r.timelyFilingDays) || r.timelyFilingDays < 1) out.push(`${p}.timelyFilingDays must be a positive integer`);
  r.denials.forEach((d, i) => {
    if (!isRate(d.rate)) out.push(`${p}.denials[${i}].rate must be from 0 to 1`);
    if (!/^[A-Z0-9]{1,5}$/.test(d.carc)) out.push(`${p}.denials[${i}].carc must be a CARC`);
  });
  for (const scope of ['claim', 'line'] as const) rateSum(`${p}.denials (${scope})`, r.denials.filter((d) => d.scope === scope).map((d) => d.rate), out);
  r.rejections.forEach((j, i) => { if (!isRate(j.rate)) out.push(`${p}.rejections[${i}].rate must be from 0 to 1`); });
  rateSum(`${p}.rejections`, r.rejections.map((j) => j.rate), out);
  if (r.crossover && !isRate(r.crossover.rate)) out.push(`${p}.crossover.rate must be from 0 to 1`);
  if (r.reversal && !isRate(r.reversal.rate)) out.push(`${p}.reversal.rate must be from 0 to 1`);
  if (r.reversal) basisPoints(`${p}.reversal.correctionBasisPoints`, r.reversal.correctionBasisPoints, 20000, out);
  if (r.plb) {
    if (!isRate(r.plb.interestRate)) out.push(`${p}.plb.interestRate must be from 0 to 1`);
    if (!isRate(r.plb.recoupmentRate)) out.push(`${p}.plb.recoupmentRate must be from 0 to 1`);
    const { min, max } = r.plb.interestCents;
    if (!isCents(min) || !isCents(max) || min > max) out.push(`${p}.plb.interestCents must be integer cents with min <= max`);
    basisPoints(`${p}.plb.recoupmentBasisPoints`, r.plb.recoupmentBasisPoints, 10000, out);
  }
  return out;
}

/** Throws an error naming every bad field of a rule set (rates outside 0..1, fractional cents, bad basis points...). */
export function checkPayerRuleSet(rules: PayerRuleSet): void {
  const problems = rules.payers.flatMap((r, i) => payerProblems(r, `payers[${i}]`));
  if (rules.fallback) problems.push(...payerProblems(rules.fallback, 'fallback'));
  const ids = rules.payers.map((r) => r.payerId);
  ids.forEach((id, i) => { if (ids.indexOf(id) !== i) problems.push(`payers[${i}].payerId ${id} is listed twice`); });
  if (problems.length > 0) throw new Error(`payer rules: ${problems.join('; ')}`);
}
