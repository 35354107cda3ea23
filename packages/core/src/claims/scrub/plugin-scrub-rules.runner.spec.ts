import type { ClaimView, RequestContext, ScrubRule } from '@openrcm/sdk';
import type { PluginHost } from '../../plugins/plugin-host.service';
import { runPluginScrubRules } from './plugin-scrub-rules.runner';

const CONTEXT: RequestContext = { organizationId: 'org', actor: { type: 'user', id: 'u' }, roles: ['biller'], correlationId: 'c' };
const VIEW: ClaimView = { claimId: 'c1', patientControlNumber: 'C1', payerId: 'ACME1', frequencyCode: '1', totalChargeCents: 100, diagnosisCodes: ['E119'], lines: [] };

function hostWith(rules: Record<string, ScrubRule[]>): PluginHost {
  return {
    loaded: () => Object.keys(rules).map((id) => ({ definition: { id } })),
    contributionsOf: (_organizationId: string, pluginId: string) => rules[pluginId] ?? [],
  } as unknown as PluginHost;
}

const rule = (id: string, inspect: ScrubRule['inspect']): ScrubRule => ({ id, description: id, inspect });

describe('runPluginScrubRules', () => {
  it("records each plugin finding under '<plugin>/<rule>', keeping its severity, field, message and hint", async () => {
    const host = hostWith({ acme: [rule('min', async () => [{ severity: 'error', field: 'SV102', message: 'too low', fixHint: 'raise it' }])] });
    expect(await runPluginScrubRules(host, CONTEXT, VIEW)).toEqual([{ rule: 'acme/min', severity: 'error', field: 'SV102', message: 'too low', hint: 'raise it' }]);
  });

  it('turns a rule that throws, or answers no list or a malformed finding, into one warning naming the rule', async () => {
    const host = hostWith({
      acme: [
        rule('throws', async () => {
          throw new Error('boom');
        }),
        rule('no-list', async () => 'nothing' as never),
        rule('malformed', async () => [{ severity: 'fatal', field: '', message: 'x' } as never]),
      ],
    });
    const findings = await runPluginScrubRules(host, CONTEXT, VIEW);
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.field])).toEqual([
      ['acme/throws', 'warning', 'plugin'],
      ['acme/no-list', 'warning', 'plugin'],
      ['acme/malformed', 'warning', 'plugin'],
    ]);
    expect(findings[0]?.message).toBe('scrub rule acme/throws failed: boom');
  });
});
