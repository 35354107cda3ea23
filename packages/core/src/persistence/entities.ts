import { ApiKey } from '../identity/api-key.entity';
import { Membership } from '../identity/membership.entity';
import { RecoveryCode } from '../identity/recovery-code.entity';
import { UserSession } from '../identity/session.entity';
import { User } from '../identity/user.entity';
import { JobRecord } from '../jobs/job-record.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Patient } from '../patients/patient.entity';
import { CodeSetRelease } from '../reference/code-set-release.entity';
import { ReferenceCode } from '../reference/reference-code.entity';
import { Provider } from '../providers/provider.entity';
import { Payer } from '../payers/payer.entity';
import { PayerEnrollment } from '../payers/payer-enrollment.entity';
import { Encounter } from '../encounters/encounter.entity';
import { Charge } from '../encounters/charge.entity';
import { Location } from '../locations/location.entity';
import { Guarantor } from '../guarantors/guarantor.entity';
import { PointOfServicePayment } from '../point-of-service/point-of-service-payment.entity';
import { Coverage } from '../coverages/coverage.entity';
import { Authorization } from '../authorizations/authorization.entity';
import { AuthorizationUsage } from '../authorizations/authorization-usage.entity';
import { EligibilityCheck } from '../eligibility/eligibility-check.entity';
import { MedicarePfsRelease } from '../medicare-pfs/medicare-pfs-release.entity';
import { MedicareRvu } from '../medicare-pfs/medicare-rvu.entity';
import { MedicareGpci } from '../medicare-pfs/medicare-gpci.entity';
import { FeeSchedule } from '../fee-schedules/fee-schedule.entity';
import { FeeScheduleEntry } from '../fee-schedules/fee-schedule-entry.entity';
import { Organization } from '../organizations/organization.entity';
import { WorkItem } from '../work-items/work-item.entity';
import { WorkItemNote } from '../work-items/work-item-note.entity';
import { GatePolicy } from '../gates/gate-policy.entity';
import { GateSettings } from '../gates/gate-settings.entity';
import { GateDefect } from '../gates/gate-defect.entity';
import { GateChange } from '../gates/gate-change.entity';
import { ReportEmail } from '../reporting/schedules/report-email.entity';
import { ReportSchedule } from '../reporting/schedules/report-schedule.entity';
import { PatientAccount } from '../statements/patient-account.entity';
import { PatientPayment } from '../patient-payments/patient-payment.entity';
import { PaymentReceipt } from '../patient-payments/payment-receipt.entity';
import { PaymentReturn } from '../patient-payments/payment-return.entity';
import { PaymentPlan } from '../payment-plans/payment-plan.entity';
import { PayLinkCheckout } from '../pay-links/pay-link-checkout.entity';
import { PayLinkCheckFailure } from '../pay-links/pay-link-check-failure.entity';
import { AssistanceApplication } from '../financial-assistance/assistance-application.entity';
import { GoodFaithEstimate } from '../good-faith-estimates/good-faith-estimate.entity';
import { PatientDispute } from '../statements/patient-dispute.entity';
import { Statement } from '../statements/statement.entity';
import { StatementDelivery } from '../statements/statement-delivery.entity';
import { StatementRun } from '../statements/statement-run.entity';
import { StatementRunOutcome } from '../statements/statement-run-outcome.entity';
import { StatementSettings } from '../statements/statement-settings.entity';
import { AgencyActivityRecord } from '../collections/agency-activity.entity';
import { AgencyFileRecord } from '../collections/agency-file.entity';
import { CollectionCommunication } from '../collections/collection-communication.entity';
import { CollectionDispute } from '../collections/collection-dispute.entity';
import { CollectionOptOut } from '../collections/collection-opt-out.entity';
import { DirectPaymentReport } from '../collections/direct-payment-report.entity';
import { CollectionSettings } from '../collections/collection-settings.entity';
import { PlacementBatch } from '../collections/placement-batch.entity';
import { PlacementDecisionRecord } from '../collections/placement-decision.entity';
import { Placement } from '../collections/placement.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { PluginSetting } from '../plugins/plugin-setting.entity';
import { PluginStateEntry } from '../plugins/plugin-state.entity';
import { X12ControlNumber } from '../x12/control-number.entity';
import { CodingEditRelease } from '../coding-edits/coding-edit-release.entity';
import { MueEdit } from '../coding-edits/mue-edit.entity';
import { NcciPtpEdit } from '../coding-edits/ncci-ptp-edit.entity';
import { Claim } from '../claims/claim.entity';
import { ClaimLine } from '../claims/claim-line.entity';
import { ClaimScrubFinding } from '../claims/claim-scrub-finding.entity';
import { ClaimNumberSequence } from '../claims/claim-number-sequence.entity';
import { X12File } from '../submissions/x12-file.entity';
import { X12FileClaim } from '../submissions/x12-file-claim.entity';
import { WorkflowTransition } from '../workflow/workflow-transition.entity';
import { ClaimBatch } from '../submissions/claim-batch.entity';
import { ClaimTouch } from '../claims/scrub/claim-touch.entity';
import { LedgerAccountBalance } from '../ledger/ledger-account-balance.entity';
import { LedgerEntryUnrolled } from '../ledger/ledger-entry-unrolled.entity';
import { LedgerLineMoney } from '../ledger/ledger-line-money.entity';
import { ClaimFirstEvent } from '../claims/claim-first-event.entity';
import { ClaimFirstAdjudication } from '../remittance/claim-first-adjudication.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { ProviderAdjustment } from '../remittance/provider-adjustment.entity';
import { RemittanceAdjustment } from '../remittance/remittance-adjustment.entity';
import { RemittanceClaim } from '../remittance/remittance-claim.entity';
import { RemittanceLine } from '../remittance/remittance-line.entity';
import { Remittance } from '../remittance/remittance.entity';
import { RemittanceImage } from '../remittance/remittance-image.entity';
import { ClaimStatusInquiry } from '../follow-up/claim-status-inquiry.entity';
import { DenialCategoryRule } from '../denials/denial-category-rule.entity';
import { ClaimDenialEntry } from '../denials/claim-denial-entry.entity';
import { AppealLetterTemplate } from '../denials/appeal-letter-template.entity';
import { AppealLetter } from '../denials/appeal-letter.entity';
import { Deposit } from '../deposits/deposit.entity';
import { DepositMatchEvent } from '../deposits/deposit-match-event.entity';

/** Every entity core persists. */
export const ENTITIES = [
  Organization,
  JobRecord,
  OutboxEvent,
  PluginSetting,
  PluginStateEntry,
  User,
  Membership,
  RecoveryCode,
  UserSession,
  ApiKey,
  AuditEvent,
  Patient,
  ReferenceCode,
  CodeSetRelease,
  Provider,
  Payer,
  PayerEnrollment,
  Encounter,
  Charge,
  Location,
  Guarantor,
  Coverage,
  Authorization,
  AuthorizationUsage,
  EligibilityCheck,
  WorkItem,
  WorkItemNote,
  GatePolicy,
  GateSettings,
  GateDefect,
  GateChange,
  ReportSchedule,
  ReportEmail,
  PatientAccount,
  PatientDispute,
  StatementSettings,
  StatementRun,
  StatementRunOutcome,
  Statement,
  StatementDelivery,
  PatientPayment,
  PaymentReceipt,
  PaymentReturn,
  PaymentPlan,
  PayLinkCheckout,
  PayLinkCheckFailure,
  AssistanceApplication,
  GoodFaithEstimate,
  CollectionSettings,
  PlacementBatch,
  PlacementDecisionRecord,
  Placement,
  AgencyFileRecord,
  AgencyActivityRecord,
  CollectionCommunication,
  CollectionOptOut,
  DirectPaymentReport,
  CollectionDispute,
  MedicarePfsRelease,
  MedicareRvu,
  MedicareGpci,
  FeeSchedule,
  FeeScheduleEntry,
  X12ControlNumber,
  CodingEditRelease,
  NcciPtpEdit,
  MueEdit,
  Claim,
  ClaimLine,
  ClaimScrubFinding,
  ClaimNumberSequence,
  X12File,
  X12FileClaim,
  WorkflowTransition,
  ClaimBatch,
  ClaimTouch,
  LedgerEntry,
  LedgerAccountBalance,
  LedgerEntryUnrolled,
  LedgerLineMoney,
  ClaimFirstEvent,
  ClaimFirstAdjudication,
  Remittance,
  RemittanceClaim,
  RemittanceLine,
  RemittanceAdjustment,
  ProviderAdjustment,
  ClaimStatusInquiry,
  DenialCategoryRule,
  ClaimDenialEntry,
  AppealLetterTemplate,
  AppealLetter,
  Deposit,
  DepositMatchEvent,
  RemittanceImage,
  PointOfServicePayment,
];
