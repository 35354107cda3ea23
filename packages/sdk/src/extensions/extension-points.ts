import type { ClearinghouseConnector } from './clearinghouse-connector';
import type { CollectionAgencyConnector } from './collection-agency-connector';
import type { EligibilityProvider } from './eligibility-provider';
import type { PaymentGateway } from './payment-gateway';
import type { ReportDefinition } from './report-definition';
import type { ScrubRule } from './scrub-rule';
import type { StatementChannel, StatementRenderer } from './statement';
import type { TransitionHook, WorkflowGuard } from './workflow';

/** Every extension point, by its string id, with the interface a contribution implements. @public */
export interface ExtensionPointMap {
  'eligibility-provider': EligibilityProvider;
  'clearinghouse-connector': ClearinghouseConnector;
  'scrub-rule': ScrubRule;
  'statement-renderer': StatementRenderer;
  'statement-channel': StatementChannel;
  'collection-agency-connector': CollectionAgencyConnector;
  'payment-gateway': PaymentGateway;
  'report-definition': ReportDefinition;
  'workflow-guard': WorkflowGuard;
  'transition-hook': TransitionHook;
}

/** The id of an extension point. @public */
export type ExtensionPointId = keyof ExtensionPointMap;

/** The ids of every extension point. @public */
export const EXTENSION_POINT_IDS: readonly ExtensionPointId[] = [
  'eligibility-provider',
  'clearinghouse-connector',
  'scrub-rule',
  'statement-renderer',
  'statement-channel',
  'collection-agency-connector',
  'payment-gateway',
  'report-definition',
  'workflow-guard',
  'transition-hook',
];
