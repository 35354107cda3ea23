import { sourcesOf, type WorkflowTable } from './workflow-table';

/**
 * The table as a Mermaid `stateDiagram-v2`: every state declared with its name as label (in table order), the
 * initial and terminal markers, and one edge per source state of each transition, labelled with the event and the
 * guards it requires. The same table always gives the same text.
 */
export function toMermaid(table: WorkflowTable): string {
  const lines = ['stateDiagram-v2'];
  if (table.description) lines.push(`  %% ${table.name}: ${table.description.replace(/\s+/g, ' ')}`);
  for (const state of table.states) lines.push(`  state "${state}" as ${idOf(state)}`);
  lines.push(`  [*] --> ${idOf(table.initial)}`);
  for (const transition of table.transitions) {
    const guards = transition.guards && transition.guards.length > 0 ? ` [${transition.guards.join(', ')}]` : '';
    for (const from of sourcesOf(transition)) lines.push(`  ${idOf(from)} --> ${idOf(transition.to)}: ${transition.event}${guards}`);
  }
  for (const state of table.terminal) lines.push(`  ${idOf(state)} --> [*]`);
  return `${lines.join('\n')}\n`;
}

/** A Mermaid state id for a kebab-case name (validation guarantees the names, so ids never collide). */
function idOf(state: string): string {
  return state.replace(/-/g, '_');
}
