import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { NotFoundError } from '@openrcm/sdk';
import { GuardRegistry } from './guard-registry';
import { toMermaid } from './mermaid';
import { assertValidWorkflows } from './validate-workflow';
import type { WorkflowTable } from './workflow-table';

/** Injection token of the workflow tables core serves (`readonly WorkflowTable[]`). */
export const WORKFLOW_TABLES = Symbol('WORKFLOW_TABLES');

/**
 * The workflow tables of this installation. At module init every table is validated against the registered guards:
 * an invalid table or a guard name nobody registered stops the boot with every problem listed.
 */
@Injectable()
export class WorkflowRegistry implements OnModuleInit {
  private readonly byName = new Map<string, WorkflowTable>();
  private readonly diagrams = new Map<string, string>();

  constructor(
    @Inject(WORKFLOW_TABLES) private readonly tables: readonly WorkflowTable[],
    private readonly guards: GuardRegistry,
  ) {}

  onModuleInit(): void {
    assertValidWorkflows(this.tables, this.guards.names());
    for (const table of this.tables) {
      this.byName.set(table.name, table);
      this.diagrams.set(table.name, toMermaid(table));
    }
  }

  /** The names of the tables, sorted. */
  names(): string[] {
    return [...this.byName.keys()].sort();
  }

  /** A table by name; {@link NotFoundError} when there is none. */
  get(name: string): WorkflowTable {
    const table = this.byName.get(name);
    if (!table) throw new NotFoundError('workflow', name);
    return table;
  }

  /** A table's Mermaid diagram. */
  diagram(name: string): string {
    return this.diagrams.get(this.get(name).name) as string;
  }
}
