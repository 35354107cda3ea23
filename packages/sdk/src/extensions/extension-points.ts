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
  /** Coverage checks with a payer or an eligibility network. */
  'eligibility-provider': EligibilityProvider;
  /** Claim submission (837P) and inbound documents (999, 277CA, 835) through a clearinghouse. */
  'clearinghouse-connector': ClearinghouseConnector;
  /** Claim edits run before submission. */
  'scrub-rule': ScrubRule;
  /** Renders patient statements as HTML and PDF. */
  'statement-renderer': StatementRenderer;
  /** Delivers rendered statements (email, print file, portal). */
  'statement-channel': StatementChannel;
  /** Places and recalls accounts with a collection agency and imports its activity. */
  'collection-agency-connector': CollectionAgencyConnector;
  /** Card and ACH payments and refunds through a processor's hosted fields. */
  'payment-gateway': PaymentGateway;
  /** KPIs and reports computed over the reporting query API. */
  'report-definition': ReportDefinition;
  /** Named gate checks that workflow transitions can require. */
  'workflow-guard': WorkflowGuard;
  /** Hooks that run before, after or on error of workflow transitions. */
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
