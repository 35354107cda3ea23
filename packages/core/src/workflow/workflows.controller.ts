import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow, ANY_ROLE } from '../auth/route-policy';
import { GuardRegistry } from './guard-registry';
import { WorkflowRegistry } from './workflow-registry';

/** The workflow tables, for the admin app and the docs: names, and each table with its Mermaid diagram. */
@ApiTags('workflows')
@Controller('organizations/:organizationId/workflows')
export class WorkflowsController {
  constructor(
    private readonly workflows: WorkflowRegistry,
    private readonly guards: GuardRegistry,
  ) {}

  @Get()
  @Allow(...ANY_ROLE)
  list(): string[] {
    return this.workflows.names();
  }

  @Get(':name')
  @Allow(...ANY_ROLE)
  get(@Param('name') name: string) {
    const table = this.workflows.get(name);
    const used = new Set(table.transitions.flatMap((transition) => transition.guards ?? []));
    return { table, guards: this.guards.list().filter((guard) => used.has(guard.name)), mermaid: this.workflows.diagram(name) };
  }
}
