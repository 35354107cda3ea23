import type { Provider } from '@nestjs/common';
import { GuardEvaluator } from './guard-evaluator';
import { DefaultGuardPolicyProvider, GUARD_POLICY_PROVIDER } from './guard-policy';
import { GuardRegistry } from './guard-registry';
import { TransitionHookRunner } from './transition-hook.runner';
import { WorkflowRegistry } from './workflow-registry';
import { WorkflowService } from './workflow.service';
import { WorkflowsController } from './workflows.controller';

/**
 * The workflow engine's providers. The module that uses them also provides `WORKFLOW_TABLES` (and may override
 * `GUARD_POLICY_PROVIDER` with the persistent gate policies); it needs the ORM, `OutboxService`, `PluginHost` and
 * `ROOT_LOGGER` from core.
 */
export const workflowProviders: Provider[] = [
  GuardRegistry,
  { provide: GUARD_POLICY_PROVIDER, useClass: DefaultGuardPolicyProvider },
  GuardEvaluator,
  TransitionHookRunner,
  WorkflowRegistry,
  WorkflowService,
];

/** The workflow engine's controllers. */
export const workflowControllers = [WorkflowsController];
