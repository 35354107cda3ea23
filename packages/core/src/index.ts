export { createAppContext, createServer, createWorker } from './bootstrap';
export { CoreModule } from './core.module';
export type { CoreModuleOptions } from './core.module';
export { CORE_CONFIG, defaultCoreConfig } from './config/core-config';
export type { CoreConfig, PluginInstallation } from './config/core-config';
export { openDatabase, migrate } from './persistence/database';
export { MIGRATIONS } from './persistence/migrations';
export type { Database } from './persistence/database';
export { createRootLogger, ROOT_LOGGER } from './logging/logger';
export { JobQueue } from './jobs/job-queue.service';
export type { EnqueueJobOptions } from './jobs/job-queue.service';
export { JobHandlerRegistry } from './jobs/job-handler-registry';
export type { JobHandler } from './jobs/job-handler-registry';
export { OutboxService } from './outbox/outbox.service';
export { PluginHost } from './plugins/plugin-host.service';
export type { PluginStatus } from './plugins/plugin-host.service';
export { loadPlugins, PluginLoadError } from './plugins/plugin-loader';
export type { LoadedPlugin } from './plugins/plugin-loader';
export { OrganizationService } from './organizations/organization.service';
export * from './crypto';
export * from './backup';
export * from './workflow';
export * from './work-items';
export * from './gates';
export { UserService } from './identity/user.service';
export { CodeSetImporter } from './reference/code-set.importer';
export type { ImportSummary } from './reference/code-set.importer';
export { CODE_SET_FORMATS } from './reference/code-set-formats';
export type { CodeSetFormat } from './reference/code-set-formats';
export { DiagnosisCodeService } from './reference/diagnosis-codes.service';
export { AdjustmentCodeService } from './reference/adjustment-codes.service';
export type { AdjustmentCodeKind } from './reference/adjustment-codes.service';
export { ReferenceCodeService } from './reference/reference-codes.service';
export type { CodeValidity } from './reference/reference-codes.service';
export type { MemberView } from './identity/user.service';
export { Location } from './locations/location.entity';
export { LocationService } from './locations/location.service';
export type { CreateLocation, LocationFilters, UpdateLocation } from './locations/location.service';
export { Payer } from './payers/payer.entity';
export { PayerEnrollment, ENROLLMENT_STATUSES, ENROLLMENT_TRANSACTIONS } from './payers/payer-enrollment.entity';
export type { EnrollmentStatus, EnrollmentTransaction } from './payers/payer-enrollment.entity';
export { PayerService } from './payers/payer.service';
export type { CreatePayer, PayerFilters, SetEnrollment, UpdatePayer } from './payers/payer.service';
export { PayerImporter } from './payers/payer-list.importer';
export type { PayerImportSummary } from './payers/payer-list.importer';
export { CLAIM_FILING_INDICATORS } from './payers/payer.rules';
export type { ClaimFilingIndicator } from './payers/payer.rules';
export { PatientService } from './patients/patient.service';
export type { RegisterPatient } from './patients/patient.service';
export { Patient } from './patients/patient.entity';
export type { AdministrativeSex } from './patients/patient.entity';
export { PossibleDuplicateError } from './patients/possible-duplicate.error';
export type { DuplicateCandidate } from './patients/possible-duplicate.error';
export { duplicateNameKey, isPossibleDuplicate } from './patients/patient-duplicates';
export type { PostalAddress } from './patients/postal-address';
export { Guarantor, GUARANTOR_RELATIONSHIPS } from './guarantors/guarantor.entity';
export type { GuarantorRelationship } from './guarantors/guarantor.entity';
export { GuarantorService } from './guarantors/guarantor.service';
export type { SetGuarantor } from './guarantors/guarantor.rules';
export { Coverage, COVERAGE_ORDERS, SELF_RELATIONSHIP, SUBSCRIBER_RELATIONSHIPS } from './coverages/coverage.entity';
export type { CoverageOrder, SubscriberRelationship } from './coverages/coverage.entity';
export { CoverageService } from './coverages/coverage.service';
export type { AddCoverage, ChangeCoverage, CoverageFilters } from './coverages/coverage.service';
export type { SubscriberInput } from './coverages/coverage.rules';
export { Authorization, AUTHORIZATION_STATUSES } from './authorizations/authorization.entity';
export type { AuthorizationStatus } from './authorizations/authorization.entity';
export { AuthorizationUsage, USAGE_SOURCE_TYPES } from './authorizations/authorization-usage.entity';
export type { UsageSourceType } from './authorizations/authorization-usage.entity';
export { AuthorizationService } from './authorizations/authorization.service';
export type {
  AddAuthorization,
  AuthorizationFilters,
  AuthorizationWithUsage,
  ChangeAuthorization,
  ConsumeUnits,
  CoveringQuery,
  ReleasedUnits,
  UsageSource,
} from './authorizations/authorization.service';
export { EligibilityCheck, ELIGIBILITY_METHODS, ELIGIBILITY_OUTCOMES } from './eligibility/eligibility-check.entity';
export type { EligibilityMethod, EligibilityOutcome } from './eligibility/eligibility-check.entity';
export { EligibilityService } from './eligibility/eligibility.service';
export type { EligibilityFilters, RecordEligibility } from './eligibility/eligibility.service';
export { MedicarePfsImporter } from './medicare-pfs/medicare-pfs.importer';
export type { MedicarePfsImportOptions, MedicarePfsImportSummary } from './medicare-pfs/medicare-pfs.importer';
export { MedicarePfsPricer } from './medicare-pfs/medicare-pfs.pricer';
export type { MedicarePfsPrice, MedicarePfsPriced, MedicarePfsNotPriced, MedicarePfsNotPricedReason, MedicarePfsPriceRequest } from './medicare-pfs/medicare-pfs.price';
export type { Rvus, Gpcis } from './medicare-pfs/pfs-formula';
export type { MedicareLocality } from './medicare-pfs/medicare-locality';
export { FACILITY_PLACES_OF_SERVICE, isFacilityPlaceOfService } from './medicare-pfs/facility-places-of-service';
export { PFS_STATUS_CODES } from './medicare-pfs/pfs-status-codes';
export type { PfsStatusCode } from './medicare-pfs/pfs-status-codes';
export { CONVERSION_FACTORS } from './medicare-pfs/conversion-factors';
export type { ConversionFactors } from './medicare-pfs/conversion-factors';
export { FeeScheduleService } from './fee-schedules/fee-schedule.service';
export type { FeeScheduleListQuery } from './fee-schedules/fee-schedule.service';
export type { CreateFeeSchedule, UpdateFeeSchedule, FeeScheduleImportSummary, FeeSchedulePrice, FeeSchedulePriceRequest, FeeSchedulePriceSource } from './fee-schedules/fee-schedule.types';
export { FEE_SCHEDULE_KINDS } from './fee-schedules/fee-schedule.entity';
export type { FeeScheduleKind } from './fee-schedules/fee-schedule.entity';
