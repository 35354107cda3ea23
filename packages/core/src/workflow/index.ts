export { defineWorkflow, describeTransition, eventsAllowedIn, findTransition, sourcesOf } from './workflow-table';
export type { WorkflowTable, WorkflowTransition } from './workflow-table';
export { WorkflowDefinitionError } from './workflow.errors';
export { assertValidWorkflows, validateWorkflow } from './validate-workflow';
export { decide, TRANSITION_CHECK } from './decide';
export type {
  CheckException,
  DecideInput,
  ExceptionTaken,
  GuardVerdict,
  TransitionAllowed,
  TransitionDecision,
  TransitionEffect,
  TransitionRefused,
} from './decide';
export { DefaultGuardPolicyProvider, GUARD_POLICIES, GUARD_POLICY_PROVIDER } from './guard-policy';
export type { GuardPolicy, GuardPolicyProvider } from './guard-policy';
export { GuardRegistry, WORKFLOW_GUARDS } from './guard-registry';
export type { RegisteredGuard } from './guard-registry';
export { GuardEvaluator } from './guard-evaluator';
export { TransitionHookRunner } from './transition-hook.runner';
export type { HookTransition } from './transition-hook.runner';
export { recordTransitionEvent } from './transition-event';
export type { TransitionedPayload } from './transition-event';
export { toMermaid } from './mermaid';
export { WorkflowRegistry, WORKFLOW_TABLES } from './workflow-registry';
export { WorkflowService } from './workflow.service';
export type { StateChange, StateWriter, TransitionOptions, TransitionResult, TransitionSubject } from './workflow.service';
export { WorkflowsController } from './workflows.controller';
export { workflowControllers, workflowProviders } from './workflow.providers';
export { exceptionRequestIssues, failingChecks, GATE_OUTCOME_RECORDER } from './gate-outcome';
export type { GateOutcomeRecorder, GateSubject } from './gate-outcome';
