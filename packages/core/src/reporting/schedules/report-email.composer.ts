import type { ReportRun } from '../report-runner.service';
import type { EmailedReport } from './report-email.entity';

/** One report's headline as words: `96.2% (481 ÷ 500), target ≥ 95%`. */
export function headline(run: ReportRun): string {
  const value = run.output.value;
  const target = run.report.target ? `, target ${run.report.target.label}` : '';
  if (!value) return `see the report${target}`;
  if (value.denominator === 0) return `nothing to count in the period${target}`;
  const shown = formatValue(value.value, run.report.unit);
  const working = run.report.unit === 'days' ? '' : ` (${formatAmount(value.numerator)} ÷ ${formatAmount(value.denominator)})`;
  return `${shown}${working}${target}`;
}

function formatValue(value: number, unit: ReportRun['report']['unit']): string {
  switch (unit) {
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'days':
      return `${value.toFixed(1)} days`;
    case 'cents':
      return `$${(value / 100).toFixed(2)}`;
    case 'count':
      return String(value);
  }
}

function formatAmount(amount: number): string {
  return String(Math.round(amount * 100) / 100);
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** What one scheduled email says: the headline of each report (no tables, no patient data) and a link to the dashboard. */
export function composeReportEmail(name: string, period: { from: string; to: string }, runs: readonly ReportRun[], dashboardUrl: string) {
  const subject = `${name}: ${period.from} to ${period.to}`;
  const lines = runs.map((run) => `${run.report.title}: ${headline(run)}`);
  const text = [`${name}, ${period.from} to ${period.to} (as of ${runs[0]?.asOf ?? ''}).`, '', ...lines, '', `The reports, their formulas and drill-downs: ${dashboardUrl}`, ''].join('\n');
  const html = [
    `<p>${escapeHtml(name)}, ${period.from} to ${period.to}.</p>`,
    '<table cellpadding="4">',
    ...runs.map((run) => `<tr><td>${escapeHtml(run.report.title)}</td><td>${escapeHtml(headline(run))}</td></tr>`),
    '</table>',
    `<p><a href="${escapeHtml(dashboardUrl)}">Open the reports</a> for their formulas and drill-downs.</p>`,
  ].join('\n');
  const reports: EmailedReport[] = runs.map((run) => ({
    id: run.report.id,
    title: run.report.title,
    value: run.output.value?.value ?? null,
    numerator: run.output.value?.numerator ?? null,
    denominator: run.output.value?.denominator ?? null,
  }));
  return { subject, text, html, reports };
}
