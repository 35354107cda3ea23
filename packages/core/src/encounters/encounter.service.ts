import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue, type RequestContext } from '@openrcm/sdk';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { Location } from '../locations/location.entity';
import { Patient } from '../patients/patient.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Provider } from '../providers/provider.entity';
import { DiagnosisCodeService } from '../reference/diagnosis-codes.service';
import { CONVERSION_EVENT, findTransition } from '../workflow/workflow-table';
import { WorkflowService, type TransitionResult } from '../workflow/workflow.service';
import type { CheckException } from '../workflow/decide';
import { Encounter, type ResponsibilityMethod } from './encounter.entity';
import { encounterWorkflow, type EncounterEvent } from './encounter.workflow';

/** At most 12 diagnoses on a professional claim (HI). */
export const MAX_DIAGNOSES = 12;

/** What scheduling (or walking in) a visit takes. */
export interface ScheduleEncounter {
  readonly patientId: string;
  readonly locationId: string;
  readonly billingProviderId: string;
  readonly renderingProviderId: string;
  readonly dateOfService: string;
  /** Default: the location's place of service. */
  readonly placeOfService?: string;
  readonly scheduledStart?: Date;
  readonly reason?: string;
  readonly selfPay?: boolean;
}

/** Filters of the encounter list. */
export interface EncounterFilters {
  readonly state?: string;
  readonly patientId?: string;
  readonly locationId?: string;
  readonly renderingProviderId?: string;
  readonly dateFrom?: string;
  readonly dateTo?: string;
}

/** Options of an encounter transition. */
export interface EncounterTransitionOptions {
  readonly exceptions?: readonly CheckException[];
  /** Why a visit was cancelled or missed (cancel, no-show). */
  readonly reason?: string;
}

/** Events that close a visit without billing it; each needs a reason. */
const CLOSING_EVENTS: readonly EncounterEvent[] = ['cancel', 'no-show'];

const SORTABLE = { dateOfService: 'dateOfService', scheduledStart: 'scheduledStart', createdAt: 'createdAt', state: 'state' };

/** Encounters: scheduling, diagnoses, documentation, the patient's estimate, and moves through the encounter workflow. */
@Injectable()
export class EncounterService {
  constructor(
    private readonly orm: MikroORM,
    private readonly workflows: WorkflowService,
    private readonly diagnoses: DiagnosisCodeService,
  ) {}

  async schedule(context: RequestContext, input: ScheduleEncounter): Promise<Encounter> {
    const em = currentEntityManager(this.orm);
    const location = await this.requireRecords(context, input);
    const encounter = em.create(Encounter, {
      organizationId: context.organizationId,
      patientId: input.patientId,
      locationId: input.locationId,
      billingProviderId: input.billingProviderId,
      renderingProviderId: input.renderingProviderId,
      dateOfService: input.dateOfService,
      placeOfService: input.placeOfService ?? location.placeOfServiceCode,
      scheduledStart: input.scheduledStart ?? null,
      reason: input.reason?.trim() || null,
      selfPay: input.selfPay ?? false,
    });
    await em.flush();
    return encounter;
  }

  async get(context: RequestContext, encounterId: string): Promise<Encounter> {
    const encounter = await currentEntityManager(this.orm).findOne(Encounter, { id: encounterId, organizationId: context.organizationId });
    if (!encounter) throw new NotFoundError('encounter', encounterId);
    return encounter;
  }

  async list<V>(context: RequestContext, filters: EncounterFilters, query: ListQuery, toView: (encounter: Encounter) => V): Promise<Page<V>> {
    const dateOfService = { ...(filters.dateFrom ? { $gte: filters.dateFrom } : {}), ...(filters.dateTo ? { $lte: filters.dateTo } : {}) };
    const where = {
      organizationId: context.organizationId,
      ...(filters.state ? { state: filters.state as Encounter['state'] } : {}),
      ...(filters.patientId ? { patientId: filters.patientId } : {}),
      ...(filters.locationId ? { locationId: filters.locationId } : {}),
      ...(filters.renderingProviderId ? { renderingProviderId: filters.renderingProviderId } : {}),
      ...(Object.keys(dateOfService).length > 0 ? { dateOfService } : {}),
    };
    const orderBy = orderByOf<Encounter>(query.sort ?? '-dateOfService', SORTABLE, { id: 'asc' });
    return findPage(currentEntityManager(this.orm), Encounter, where, query, orderBy, toView);
  }

  /** Replaces the encounter's diagnoses (claim order); each must be billable on the date of service. */
  async setDiagnoses(context: RequestContext, encounterId: string, codes: readonly string[]): Promise<Encounter> {
    const encounter = await this.editable(context, encounterId, 'diagnoses');
    if (codes.length > MAX_DIAGNOSES) throw new ValidationError([{ field: 'codes', message: `at most ${MAX_DIAGNOSES} diagnoses on a claim` }]);
    const issues: ValidationIssue[] = [];
    const normalized: string[] = [];
    for (const [index, code] of codes.entries()) {
      try {
        normalized.push((await this.diagnoses.billableOn(code, encounter.dateOfService, `codes[${index}]`)).code);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        issues.push(...error.issues);
      }
    }
    const repeated = normalized.find((code, index) => normalized.indexOf(code) !== index);
    if (repeated) issues.push({ field: 'codes', message: `${repeated} is listed twice` });
    if (issues.length > 0) throw new ValidationError(issues);
    encounter.diagnosisCodes = normalized;
    await currentEntityManager(this.orm).flush();
    return encounter;
  }

  /** Records who signed the visit's documentation and when. */
  async signDocumentation(context: RequestContext, encounterId: string, signature: { providerId: string; signedAt: Date }): Promise<Encounter> {
    const encounter = await this.editable(context, encounterId, 'documentation');
    await this.requireProvider(context, signature.providerId, 'providerId');
    if (signature.signedAt.getTime() > Date.now()) throw new ValidationError([{ field: 'signedAt', message: 'is in the future' }]);
    encounter.documentationSignedByProviderId = signature.providerId;
    encounter.documentationSignedAt = signature.signedAt;
    await currentEntityManager(this.orm).flush();
    return encounter;
  }

  /** Records that the patient was told their expected share, how, and by whom. */
  async communicateResponsibility(context: RequestContext, encounterId: string, input: { estimateCents: number; method: ResponsibilityMethod }): Promise<Encounter> {
    const encounter = await this.get(context, encounterId);
    if (encounterWorkflow.terminal.includes(encounter.state)) {
      throw new ConflictError(`encounter ${encounterId} is ${encounter.state}; its patient estimate can no longer change`);
    }
    encounter.responsibilityEstimateCents = input.estimateCents;
    encounter.responsibilityMethod = input.method;
    encounter.responsibilityCommunicatedAt = new Date();
    encounter.responsibilityCommunicatedBy = context.actor.id;
    await currentEntityManager(this.orm).flush();
    return encounter;
  }

  /** Moves the encounter by `event` through the workflow (gates, exceptions, outbox event and audit included). */
  async transition(context: RequestContext, encounterId: string, event: EncounterEvent, options: EncounterTransitionOptions = {}): Promise<TransitionResult> {
    if (event === CONVERSION_EVENT) throw new ValidationError([{ field: 'event', message: "'import' belongs to the open A/R conversion (openrcm import 837p)" }]);
    const encounter = await this.get(context, encounterId);
    const closing = CLOSING_EVENTS.includes(event);
    const reason = options.reason?.trim() || null;
    if (closing && !reason) throw new ValidationError([{ field: 'reason', message: `say why the visit is marked ${event}` }]);
    return this.workflows.transition(
      context,
      encounterWorkflow.name,
      { id: encounter.id, state: encounter.state, patientId: encounter.patientId, data: { dateOfService: encounter.dateOfService } },
      event,
      {
        exceptions: options.exceptions,
        writeState: async (em, change) => {
          const updated = await em.nativeUpdate(
            Encounter,
            { id: change.entityId, organizationId: context.organizationId, state: change.from as Encounter['state'] },
            { state: change.to as Encounter['state'], updatedAt: new Date(), ...(closing ? { closedReason: reason } : {}) },
          );
          return updated === 1;
        },
      },
    );
  }

  /** The encounter, if its state lets charges, diagnoses and documentation change (the table's `capture-charge`). */
  async editable(context: RequestContext, encounterId: string, what: string): Promise<Encounter> {
    const encounter = await this.get(context, encounterId);
    if (!findTransition(encounterWorkflow, encounter.state, 'capture-charge')) {
      throw new ConflictError(`encounter ${encounterId} is ${encounter.state}: its ${what} change only while checked in or documented (reopen it first)`);
    }
    return encounter;
  }

  /** Checks the patient, location and providers exist in the organization, and returns the location. */
  private async requireRecords(context: RequestContext, input: ScheduleEncounter): Promise<Location> {
    const em = currentEntityManager(this.orm);
    const issues: ValidationIssue[] = [];
    if (!(await em.count(Patient, { id: input.patientId, organizationId: context.organizationId }))) {
      issues.push({ field: 'patientId', message: `no patient ${input.patientId} in this organization` });
    }
    const location = await em.findOne(Location, { id: input.locationId, organizationId: context.organizationId });
    if (!location) issues.push({ field: 'locationId', message: `no location ${input.locationId} in this organization` });
    else if (!location.active) issues.push({ field: 'locationId', message: `location ${location.name} is inactive` });
    for (const field of ['billingProviderId', 'renderingProviderId'] as const) {
      const provider = await em.findOne(Provider, { id: input[field], organizationId: context.organizationId });
      if (!provider) issues.push({ field, message: `no provider ${input[field]} in this organization` });
      else if (!provider.active) issues.push({ field, message: `provider ${provider.npi} is inactive` });
      else if (field === 'renderingProviderId' && provider.kind !== 'individual') {
        issues.push({ field, message: `the rendering provider must be an individual (NPI type 1); ${provider.npi} is an organization` });
      }
    }
    if (issues.length > 0 || !location) throw new ValidationError(issues);
    return location;
  }

  private async requireProvider(context: RequestContext, providerId: string, field: string): Promise<Provider> {
    const provider = await currentEntityManager(this.orm).findOne(Provider, { id: providerId, organizationId: context.organizationId });
    if (!provider) throw new ValidationError([{ field, message: `no provider ${providerId} in this organization` }]);
    return provider;
  }
}
