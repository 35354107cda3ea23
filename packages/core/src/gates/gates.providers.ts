import type { Provider } from '@nestjs/common';
import { WorkItemService } from '../work-items/work-item.service';
import { WorkItemWriter } from '../work-items/work-item.writer';
import { WorkItemsController } from '../work-items/work-items.controller';
import { GATE_OUTCOME_RECORDER } from '../workflow/gate-outcome';
import { GUARD_POLICY_PROVIDER } from '../workflow/guard-policy';
import { DatabaseGuardPolicyProvider } from './database-guard-policy.provider';
import { GateDefectRecorder } from './gate-defect.recorder';
import { GateOutcomeRecorderService } from './gate-outcome.recorder';
import { GateHistoryService } from './gate-history.service';
import { GatePolicyService } from './gate-policy.service';
import { GatesController } from './gates.controller';

/**
 * Gates and work items: the organization's gate policies (the default {@link GUARD_POLICY_PROVIDER}; list these
 * after the workflow engine's providers so they replace its enforce-everything default) and the gate outcome
 * recorder the engine calls.
 */
export const gatesProviders: Provider[] = [
  WorkItemWriter,
  WorkItemService,
  GatePolicyService,
  GateHistoryService,
  GateDefectRecorder,
  GateOutcomeRecorderService,
  { provide: GUARD_POLICY_PROVIDER, useClass: DatabaseGuardPolicyProvider },
  { provide: GATE_OUTCOME_RECORDER, useExisting: GateOutcomeRecorderService },
];

/** The gates' and work items' controllers. */
export const gatesControllers = [GatesController, WorkItemsController];
