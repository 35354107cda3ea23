import { describeTransition, type WorkflowTable } from '../workflow/workflow-table';

/** A transition that requires a check. */
export interface GateUsage {
  readonly workflow: string;
  readonly event: string;
  /** As people read it: `checked-in|documented --ready--> ready-to-bill`. */
  readonly transition: string;
}

/** For each check the tables require, the transitions that require it, in table order. */
export function gateUsage(tables: readonly WorkflowTable[]): Map<string, GateUsage[]> {
  const usage = new Map<string, GateUsage[]>();
  for (const table of tables) {
    for (const transition of table.transitions) {
      for (const check of transition.guards ?? []) {
        const uses = usage.get(check) ?? [];
        uses.push({ workflow: table.name, event: transition.event, transition: describeTransition(transition) });
        usage.set(check, uses);
      }
    }
  }
  return usage;
}
