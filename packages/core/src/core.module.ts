import { Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { AuditController } from './audit/audit.controller';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditService } from './audit/audit.service';
import { ApiKeysController } from './auth/api-keys.controller';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { UsersController } from './auth/users.controller';
import { CORE_CONFIG, type CoreConfig } from './config/core-config';
import { CoreLifecycle } from './core.lifecycle';
import { HealthController } from './health/health.controller';
import { CorrelationIdMiddleware, correlationIdOf } from './http/correlation-id.middleware';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { ZodValidationPipe } from './http/zod-validation.pipe';
import { ApiKeyService } from './identity/api-key.service';
import { SessionService } from './identity/session.service';
import { SignInService } from './identity/sign-in.service';
import { UserService } from './identity/user.service';
import { jobsProviders } from './jobs/jobs.providers';
import { JobsController } from './jobs/jobs.controller';
import { createRootLogger, ROOT_LOGGER } from './logging/logger';
import { OrganizationService } from './organizations/organization.service';
import { OrganizationsController } from './organizations/organizations.controller';
import { PatientService } from './patients/patient.service';
import { PatientsController } from './patients/patients.controller';
import { FeeScheduleService } from './fee-schedules/fee-schedule.service';
import { FeeSchedulesController } from './fee-schedules/fee-schedules.controller';
import { CodingEditsController } from './coding-edits/coding-edits.controller';
import { CodingEditsImporter } from './coding-edits/coding-edits.importer';
import { CodingEditsService } from './coding-edits/coding-edits.service';
import { MedicarePfsController } from './medicare-pfs/medicare-pfs.controller';
import { MedicarePfsImporter } from './medicare-pfs/medicare-pfs.importer';
import { MedicarePfsPricer } from './medicare-pfs/medicare-pfs.pricer';
import { ProviderService } from './providers/provider.service';
import { GuarantorService } from './guarantors/guarantor.service';
import { GuarantorsController } from './guarantors/guarantors.controller';
import { CoverageService } from './coverages/coverage.service';
import { CoveragesController } from './coverages/coverages.controller';
import { AuthorizationService } from './authorizations/authorization.service';
import { AuthorizationsController } from './authorizations/authorizations.controller';
import { EligibilityService } from './eligibility/eligibility.service';
import { EligibilityChecksController } from './eligibility/eligibility-checks.controller';
import { ProvidersController } from './providers/providers.controller';
import { LocationService } from './locations/location.service';
import { LocationsController } from './locations/locations.controller';
import { PayerImporter } from './payers/payer-list.importer';
import { PayerService } from './payers/payer.service';
import { PayersController } from './payers/payers.controller';
import { DiagnosisCodeService } from './reference/diagnosis-codes.service';
import { CodeSetImporter } from './reference/code-set.importer';
import { AdjustmentCodeService } from './reference/adjustment-codes.service';
import { ReferenceCodeService } from './reference/reference-codes.service';
import { ReferenceCodeSearch } from './reference/reference-code.search';
import { ReferenceCodesController } from './reference/reference-codes.controller';
import { ReferenceImportService } from './reference/reference-import.service';
import { ReferenceImportsController } from './reference/reference-imports.controller';
import {
  GUARD_POLICY_PROVIDER,
  GuardRegistry,
  type GuardPolicyProvider,
  TransitionHookRunner,
  WORKFLOW_TABLES,
  WorkflowRegistry,
  WorkflowService,
  workflowControllers,
  workflowProviders,
  type WorkflowTable,
} from './workflow';
import { EventRelay } from './outbox/event-relay';
import { OutboxService } from './outbox/outbox.service';
import { OrmRequestContextMiddleware } from './persistence/orm-request-context.middleware';
import { persistenceProviders } from './persistence/persistence.providers';
import { LOADED_PLUGINS, PluginHost } from './plugins/plugin-host.service';
import { loadPlugins } from './plugins/plugin-loader';
import { configureFieldEncryption, ENCRYPTION_ENV, EncryptionConfigError, resolveEncryptionKeys } from './crypto';
import { PluginsController } from './plugins/plugins.controller';
import { gatesControllers, gatesProviders } from './gates/gates.providers';
import { workItemWorkflow } from './work-items/work-item.workflow';
import { ChargeService } from './encounters/charge.service';
import { ChargesController } from './encounters/charges.controller';
import { EncounterChecksRegistrar } from './encounters/checks/encounter-checks.registrar';
import { EncounterFactsLoader } from './encounters/checks/encounter-facts.loader';
import { EncounterService } from './encounters/encounter.service';
import { EncounterEligibilityService } from './encounters/encounter-eligibility.service';
import { encounterWorkflow } from './encounters/encounter.workflow';
import { EligibilitySweepsController } from './eligibility/eligibility-sweeps.controller';
import { EligibilityJobs } from './eligibility/run/eligibility-jobs';
import { EligibilityProviderResolver } from './eligibility/run/eligibility-provider.resolver';
import { EligibilityRunner } from './eligibility/run/eligibility-runner.service';
import { EligibilitySweep } from './eligibility/run/eligibility-sweep';
import { EligibilitySweepScheduler } from './eligibility/run/eligibility-sweep.scheduler';
import { OrganizationJobScheduler } from './jobs/organization-job.scheduler';
import { EncountersController } from './encounters/encounters.controller';
import { WorkItemService } from './work-items/work-item.service';
import { GatePolicyService } from './gates/gate-policy.service';
import { Claim837PWriter } from './claims/claim-837p.writer';
import { ClaimScrubFindingService } from './claims/claim-scrub-finding.service';
import { LedgerWriter } from './ledger/ledger.writer';
import { LedgerRollupFolder } from './ledger/ledger-rollup.folder';
import { remittanceControllers, remittanceProviders } from './remittance/remittance.providers';
import { pointOfServiceControllers, pointOfServiceProviders } from './point-of-service/point-of-service.providers';
import { reportingControllers, reportingProviders } from './reporting/reporting.providers';
import { patientAccountWorkflow } from './statements/patient-account.workflow';
import { statementsControllers, statementsProviders } from './statements/statements.providers';
import { collectionsControllers, collectionsProviders } from './collections/collections.providers';
import { paymentPlansControllers, paymentPlansProviders } from './payment-plans/payment-plans.providers';
import { RemittancePoster } from './remittance/remittance.poster';
import { RemittanceService } from './remittance/remittance.service';
import { RemittanceIngestion } from './remittance/remittance-ingestion.service';
import { LedgerReportService } from './ledger/ledger-report.service';
import { LedgerController } from './ledger/ledger.controller';
import { CreditBalancesController } from './credit-balances/credit-balances.controller';
import { CreditBalanceService } from './credit-balances/credit-balance.service';
import { ConversionsController } from './conversion/conversions.controller';
import { OpenArEncounterWriter } from './conversion/open-ar-encounter.writer';
import { OpenArImportService } from './conversion/open-ar-import.service';
import { OpenArRegistrar } from './conversion/open-ar.registrar';
import { OperatorScope } from './audit/operator-scope';
import { ClaimBuilder } from './claims/claim.builder';
import { ClaimService } from './claims/claim.service';
import { claimsControllers, claimsProviders } from './claims/claims.providers';
import { claimWorkflow } from './claims/claim.workflow';
import { ClaimScrubber } from './claims/scrub/claim-scrubber.service';
import { AcknowledgmentProcessor } from './submissions/acknowledgment.processor';
import { ClaimSubmissionService } from './submissions/claim-submission.service';
import { ClearinghouseConnectors } from './submissions/clearinghouse-connectors';
import { InboundDocumentService } from './submissions/inbound-document.service';
import { InboundFetchScheduler } from './submissions/inbound-fetch.scheduler';
import { SubmissionJobs } from './submissions/submission-jobs';
import { ClaimBatchesController, ClaimSubmissionsController } from './submissions/submissions.controller';
import { followUpControllers, followUpProviders } from './follow-up/follow-up.providers';
import { AppealLetterService } from './denials/appeal-letter.service';
import { AppealLettersController } from './denials/appeal-letters.controller';
import { AppealTemplateService } from './denials/appeal-template.service';
import { AppealTemplatesController } from './denials/appeal-templates.controller';
import { DenialCategoriesController } from './denials/denial-categories.controller';
import { DenialCategoryService } from './denials/denial-category.service';
import { DenialStopTheLine } from './denials/denial-stop-the-line';
import { DenialRouter } from './denials/denial.router';
import { AgingController } from './aging/aging.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { AgingService } from './aging/aging.service';
import { DepositMatcher } from './deposits/deposit.matcher';
import { DepositService } from './deposits/deposit.service';
import { DepositsController } from './deposits/deposits.controller';

/** Options for tests and embedders. */
export interface CoreModuleOptions {
  /** The root logger (default: JSON on stdout at the configured level). */
  readonly logger?: Logger;
  /** How plugin modules are loaded (default: `require`). */
  readonly loadPluginModule?: (module: string) => unknown;
  /** Further workflow tables (tests, embedders), validated at boot with core's own. */
  readonly workflows?: readonly WorkflowTable[];
  /** Per-organization gate policies, replacing those set through the API (`gate_policy`; a check without a row is enforced). */
  readonly guardPolicies?: GuardPolicyProvider;
}

/** OpenRCM core: persistence, jobs, events, plugins, organizations and the REST API, from one configuration. */
@Module({})
export class CoreModule implements NestModule {
  static forRoot(config: CoreConfig, options: CoreModuleOptions = {}): DynamicModule {
    // Plugins load first: one that cannot run stops the boot before the database is opened or migrated.
    const plugins = loadPlugins(config.plugins.installed, options.loadPluginModule ?? require);
    const logger = options.logger ?? createRootLogger(config.logLevel);
    // Field encryption keys: the environment's, else (embedded) the key file beside the data directory.
    const encryption = resolveEncryptionKeys(process.env, config.database);
    if (!encryption.keys) {
      throw new EncryptionConfigError(
        `PostgreSQL needs field encryption keys: set ${ENCRYPTION_ENV.keys} (keyId:base64 of 32 random bytes, e.g. ` +
          `"k1:$(openssl rand -base64 32)"), ${ENCRYPTION_ENV.currentKeyId} and ${ENCRYPTION_ENV.hashKey} (see docs/security.md)`,
      );
    }
    configureFieldEncryption(encryption.keys);
    logger.info({ source: encryption.source, keyId: encryption.keys?.keyRing.currentKeyId }, 'field encryption keys');
    return {
      module: CoreModule,
      imports: [
        EventEmitterModule.forRoot({ wildcard: false, ignoreErrors: false }),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: config.auth.signInRateLimitPerMinute }]),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            logger,
            customProps: (request) => ({ correlationId: correlationIdOf(request as never) }),
            serializers: {
              req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
              res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
            },
            autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health') },
          },
        }),
      ],
      controllers: [
        HealthController,
        AuthController,
        OrganizationsController,
        UsersController,
        ApiKeysController,
        PluginsController,
        JobsController,
        PatientsController,
        ProvidersController,
        LocationsController,
        PayersController,
        AuditController,
        ...workflowControllers,
        ReferenceImportsController,
        ReferenceCodesController,
        EncountersController,
        ChargesController,
        EligibilitySweepsController,
        GuarantorsController,
        CoveragesController,
        AuthorizationsController,
        EligibilityChecksController,
        ...gatesControllers,
        FeeSchedulesController,
        MedicarePfsController,
        ClaimSubmissionsController,
        ClaimBatchesController,
        ...claimsControllers,
        CodingEditsController,
        ...remittanceControllers,
        ...pointOfServiceControllers,
        ...statementsControllers,
        ...collectionsControllers,
        ...paymentPlansControllers,
        ...reportingControllers,
        ...followUpControllers,
        DenialCategoriesController,
        AppealTemplatesController,
        AppealLettersController,
        LedgerController,
        CreditBalancesController,
        ConversionsController,
        DepositsController,
        AgingController,
        DashboardController,
      ],
      providers: [
        { provide: CORE_CONFIG, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: LOADED_PLUGINS, useValue: plugins },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        AuditService,
        PatientService,
        GuarantorService,
        CoverageService,
        AuthorizationService,
        EligibilityService,
        ProviderService,
        LocationService,
        PayerService,
        PayerImporter,
        CodeSetImporter,
        DiagnosisCodeService,
        AdjustmentCodeService,
        ReferenceCodeService,
        ReferenceCodeSearch,
        ReferenceImportService,
        FeeScheduleService,
        MedicarePfsImporter,
        MedicarePfsPricer,
        CodingEditsImporter,
        CodingEditsService,
        EncounterService,
        ChargeService,
        EncounterFactsLoader,
        EncounterEligibilityService,
        EncounterChecksRegistrar,
        EligibilityProviderResolver,
        EligibilityRunner,
        EligibilitySweep,
        EligibilityJobs,
        OrganizationJobScheduler,
        EligibilitySweepScheduler,
        ...claimsProviders,
        ClearinghouseConnectors,
        AcknowledgmentProcessor,
        ClaimSubmissionService,
        InboundDocumentService,
        SubmissionJobs,
        InboundFetchScheduler,
        ...remittanceProviders,
        ...pointOfServiceProviders,
        ...reportingProviders,
        ...statementsProviders,
        ...collectionsProviders,
        ...paymentPlansProviders,
        ...followUpProviders,
        DenialCategoryService,
        DenialStopTheLine,
        DenialRouter,
        AppealTemplateService,
        AppealLetterService,
        LedgerReportService,
        LedgerRollupFolder,
        CreditBalanceService,
        OperatorScope,
        OpenArRegistrar,
        OpenArEncounterWriter,
        OpenArImportService,
        DepositMatcher,
        DepositService,
        AgingService,
        // The lifecycle tables (claim, account) join this list as the domain lands.
        { provide: WORKFLOW_TABLES, useValue: [encounterWorkflow, workItemWorkflow, claimWorkflow, patientAccountWorkflow, ...(options.workflows ?? [])] },
        ...workflowProviders,
        // After the engine's providers: the database gate policies replace its enforce-everything default.
        ...gatesProviders,
        ...(options.guardPolicies ? [{ provide: GUARD_POLICY_PROVIDER, useValue: options.guardPolicies }] : []),
        SessionService,
        SignInService,
        UserService,
        ApiKeyService,
        ...persistenceProviders,
        ...jobsProviders,
        OutboxService,
        EventRelay,
        PluginHost,
        OrganizationService,
        CoreLifecycle,
      ],
      exports: [
        CORE_CONFIG,
        ROOT_LOGGER,
        ...persistenceProviders,
        ...jobsProviders,
        OutboxService,
        PluginHost,
        OrganizationService,
        UserService,
        LocationService,
        PayerService,
        PayerImporter,
        CodeSetImporter,
        DiagnosisCodeService,
        WorkflowService,
        WorkflowRegistry,
        GuardRegistry,
        TransitionHookRunner,
        GUARD_POLICY_PROVIDER,
        AdjustmentCodeService,
        ReferenceCodeService,
        PatientService,
        GuarantorService,
        CoverageService,
        AuthorizationService,
        EligibilityService,
        WorkItemService,
        GatePolicyService,
        MedicarePfsImporter,
        MedicarePfsPricer,
        CodingEditsImporter,
        CodingEditsService,
        FeeScheduleService,
        EncounterService,
        ChargeService,
        EligibilityRunner,
        EligibilitySweep,
        EligibilitySweepScheduler,
        ClaimService,
        ClaimScrubFindingService,
        ClaimBuilder,
        Claim837PWriter,
        ClaimScrubber,
        ClaimSubmissionService,
        InboundDocumentService,
        AcknowledgmentProcessor,
        InboundFetchScheduler,
        LedgerWriter,
        RemittancePoster,
        RemittanceIngestion,
        RemittanceService,
        DenialCategoryService,
        DenialRouter,
        AppealTemplateService,
        AppealLetterService,
        LedgerReportService,
        OperatorScope,
        OpenArImportService,
        DepositService,
        AgingService,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationIdMiddleware, OrmRequestContextMiddleware).forRoutes('*path');
  }
}
