import type { ClaimView, RequestContext, ScrubFinding } from '@openrcm/sdk';
import type { PluginHost } from '../../plugins/plugin-host.service';
import type { ScrubFindingInput } from '../claim-scrub-finding.service';

const MAX_TEXT = 500;

/**
 * Runs the organization's plugin `scrub-rule` contributions on a claim. Each finding is recorded under the rule id
 * `<plugin id>/<rule id>`; a rule that throws, or answers something that is not a list of findings, becomes one
 * warning naming the rule, so a faulty plugin never stops a scrub.
 */
export async function runPluginScrubRules(host: PluginHost, context: RequestContext, view: ClaimView): Promise<ScrubFindingInput[]> {
  const findings: ScrubFindingInput[] = [];
  for (const plugin of host.loaded()) {
    const pluginId = plugin.definition.id;
    for (const rule of host.contributionsOf(context.organizationId, pluginId, 'scrub-rule')) {
      const ruleId = `${pluginId}/${rule.id}`;
      try {
        const answer: unknown = await rule.inspect(context, view);
        if (!Array.isArray(answer)) throw new Error('the rule did not answer a list of findings');
        findings.push(...answer.map((finding) => pluginFinding(ruleId, finding)));
      } catch (error) {
        findings.push({
          rule: ruleId,
          severity: 'warning',
          field: 'plugin',
          message: `scrub rule ${ruleId} failed: ${clip(error instanceof Error ? error.message : String(error))}`,
          hint: 'The claim was not checked by this rule; ask the plugin maintainer, or disable the plugin',
        });
      }
    }
  }
  return findings;
}

function pluginFinding(ruleId: string, raw: unknown): ScrubFindingInput {
  const finding = (raw ?? {}) as Partial<ScrubFinding>;
  const valid = (finding.severity === 'error' || finding.severity === 'warning') && isText(finding.field) && isText(finding.message);
  if (!valid) {
    return { rule: ruleId, severity: 'warning', field: 'plugin', message: `scrub rule ${ruleId} answered a malformed finding (it needs severity error or warning, a field and a message)`, hint: 'Ask the plugin maintainer' };
  }
  return {
    rule: ruleId,
    severity: finding.severity as 'error' | 'warning',
    field: clip(finding.field as string),
    message: clip(finding.message as string),
    ...(isText(finding.fixHint) ? { hint: clip(finding.fixHint) } : {}),
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
