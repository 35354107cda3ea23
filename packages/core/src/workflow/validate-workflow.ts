import { WorkflowDefinitionError } from './workflow.errors';
import { describeTransition, sourcesOf, type WorkflowTable, type WorkflowTransition } from './workflow-table';

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Every problem of one table, each naming the table, the transition (by position and shape) and the offending name:
 * badly formed names, duplicates, unknown states and events, duplicate `(from, event)` pairs, terminal states with
 * outgoing transitions, non-terminal dead ends, states unreachable from the initial state and unregistered guards.
 * An empty list means the table is valid.
 */
export function validateWorkflow(table: WorkflowTable, registeredGuards: readonly string[]): string[] {
  const where = `workflow '${table.name}'`;
  const problems = [...checkNames(table), ...checkStates(table)];
  table.transitions.forEach((transition, index) => {
    const at = `${where}, transition #${index + 1} (${describeTransition(transition)})`;
    problems.push(...checkTransition(table, transition, registeredGuards).map((problem) => `${at}: ${problem}`));
  });
  problems.push(...checkDuplicatePairs(table), ...checkTerminals(table), ...checkReachability(table));
  return problems.map((problem) => (problem.startsWith(where) ? problem : `${where}: ${problem}`));
}

/** Validates every table against the registered guards; throws one {@link WorkflowDefinitionError} with all problems. */
export function assertValidWorkflows(tables: readonly WorkflowTable[], registeredGuards: readonly string[]): void {
  const problems = duplicates(tables.map((table) => table.name)).map((name) => `workflow '${name}' is registered more than once`);
  for (const table of tables) problems.push(...validateWorkflow(table, registeredGuards));
  if (problems.length > 0) throw new WorkflowDefinitionError(problems);
}

function checkNames(table: WorkflowTable): string[] {
  const problems = KEBAB.test(table.name) ? [] : [`the name '${table.name}' is not kebab-case`];
  for (const [kind, names] of [['state', table.states], ['event', table.events]] as const) {
    for (const name of names.filter((candidate) => !KEBAB.test(candidate))) problems.push(`${kind} '${name}' is not kebab-case`);
    for (const name of duplicates(names)) problems.push(`${kind} '${name}' is declared more than once`);
  }
  return problems;
}

function checkStates(table: WorkflowTable): string[] {
  const problems = table.states.includes(table.initial) ? [] : [`the initial state '${table.initial}' is not one of its states`];
  for (const state of table.terminal.filter((candidate) => !table.states.includes(candidate))) {
    problems.push(`the terminal state '${state}' is not one of its states`);
  }
  return problems;
}

function checkTransition(table: WorkflowTable, transition: WorkflowTransition, registeredGuards: readonly string[]): string[] {
  const problems: string[] = [];
  const sources = sourcesOf(transition);
  if (sources.length === 0) problems.push('it leaves from no state');
  for (const state of [...sources, transition.to].filter((name) => !table.states.includes(name))) problems.push(`unknown state '${state}'`);
  if (!table.events.includes(transition.event)) problems.push(`unknown event '${transition.event}'`);
  for (const guard of duplicates(transition.guards ?? [])) problems.push(`guard '${guard}' is listed more than once`);
  for (const guard of (transition.guards ?? []).filter((name) => !registeredGuards.includes(name))) {
    problems.push(`guard '${guard}' is not registered (registered guards: ${registeredGuards.length > 0 ? [...registeredGuards].sort().join(', ') : 'none'})`);
  }
  return problems;
}

function checkDuplicatePairs(table: WorkflowTable): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  table.transitions.forEach((transition, index) => {
    for (const state of sourcesOf(transition)) {
      const key = `${state}\u0000${transition.event}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else problems.push(`transition #${index + 1} (${describeTransition(transition)}): event '${transition.event}' from state '${state}' is already taken by transition #${first + 1}`);
    }
  });
  return problems;
}

function checkTerminals(table: WorkflowTable): string[] {
  const problems: string[] = [];
  table.transitions.forEach((transition, index) => {
    for (const state of sourcesOf(transition).filter((name) => table.terminal.includes(name))) {
      problems.push(`transition #${index + 1} (${describeTransition(transition)}): terminal state '${state}' has an outgoing transition`);
    }
  });
  const leaving = new Set(table.transitions.flatMap((transition) => sourcesOf(transition)));
  for (const state of table.states.filter((name) => !table.terminal.includes(name) && !leaving.has(name))) {
    problems.push(`state '${state}' has no outgoing transition and is not terminal`);
  }
  return problems;
}

function checkReachability(table: WorkflowTable): string[] {
  if (!table.states.includes(table.initial)) return [];
  const reached = new Set([table.initial]);
  const queue = [table.initial];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const transition of table.transitions.filter((candidate) => sourcesOf(candidate).includes(state as string))) {
      if (!reached.has(transition.to)) {
        reached.add(transition.to);
        queue.push(transition.to);
      }
    }
  }
  return table.states.filter((state) => !reached.has(state)).map((state) => `state '${state}' is unreachable from the initial state '${table.initial}'`);
}

function duplicates(names: readonly string[]): string[] {
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}
