/**
 * One or more workflow tables are invalid: the boot stops with every problem of every table listed, each naming the
 * table, the transition and the offending name.
 */
export class WorkflowDefinitionError extends Error {
  constructor(public readonly problems: readonly string[]) {
    super(`invalid workflow definitions (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'WorkflowDefinitionError';
  }
}
