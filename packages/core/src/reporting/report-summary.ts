import type { ReportTarget, ReportUnit } from '@openrcm/sdk';
import { z } from 'zod';
import type { CatalogedReport } from './report-catalog';

/** What the API says of a report: who contributed it, its formula, unit and target, and its parameters' JSON Schema. */
export interface ReportSummary {
  readonly id: string;
  readonly pluginId: string;
  readonly title: string;
  readonly formula: string;
  readonly unit: ReportUnit;
  readonly target: ReportTarget | null;
  readonly parameters: unknown;
}

export function summarize(report: CatalogedReport): ReportSummary {
  const { definition } = report;
  return {
    id: definition.id,
    pluginId: report.pluginId,
    title: definition.title,
    formula: definition.formula,
    unit: definition.unit ?? 'percent',
    target: definition.target ?? null,
    parameters: z.toJSONSchema(definition.parameters as z.ZodType, { io: 'input', unrepresentable: 'any' }),
  };
}
