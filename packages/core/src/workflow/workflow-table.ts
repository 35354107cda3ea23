/** One row of a workflow table: `event` moves a record from `from` (one state or several) to `to`. */
export interface WorkflowTransition<S extends string = string, E extends string = string> {
  readonly from: S | readonly S[];
  readonly event: E;
  readonly to: S;
  /** Names of the gate checks that must pass (registered in the guard registry), in the order they are reported. */
  readonly guards?: readonly string[];
}

/**
 * A lifecycle as data (DESIGN §2): its states, events, transitions and the guards each transition requires. Names are
 * kebab-case; the table's name is the audit record type and the prefix of its event (`<name>.transitioned`).
 */
export interface WorkflowTable<S extends string = string, E extends string = string> {
  readonly name: string;
  readonly description?: string;
  readonly initial: S;
  readonly states: readonly S[];
  readonly events: readonly E[];
  readonly transitions: readonly WorkflowTransition<S, E>[];
  /** States a record never leaves; they have no outgoing transitions. */
  readonly terminal: readonly S[];
}

/**
 * Declares a workflow table with its state and event names checked by the compiler (a transition naming a state not
 * in `states` does not compile). The table is validated again at boot, with the registered guards.
 */
export function defineWorkflow<const S extends string, const E extends string>(table: WorkflowTable<S, E>): WorkflowTable<S, E> {
  return table;
}

/** The states a transition leaves from, as a list. */
export function sourcesOf(transition: WorkflowTransition): readonly string[] {
  return typeof transition.from === 'string' ? [transition.from] : transition.from;
}

/** The transition `event` takes from `state`, if the table has one. */
export function findTransition(table: WorkflowTable, state: string, event: string): WorkflowTransition | undefined {
  return table.transitions.find((transition) => transition.event === event && sourcesOf(transition).includes(state));
}

/** The events allowed in `state`, in table order, without repeats. */
export function eventsAllowedIn(table: WorkflowTable, state: string): string[] {
  const events = table.transitions.filter((transition) => sourcesOf(transition).includes(state)).map((transition) => transition.event);
  return [...new Set(events)];
}

/** A transition as people read it in messages: `scheduled|checked-in --cancel--> cancelled`. */
export function describeTransition(transition: WorkflowTransition): string {
  return `${sourcesOf(transition).join('|')} --${transition.event}--> ${transition.to}`;
}

/** The event of the open A/R conversion's path (ADR 0013): applied by the conversion only, never offered to people. */
export const CONVERSION_EVENT = 'import';
