import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationError, type RequestContext, type ValidationIssue } from '@openrcm/sdk';
import { Authorization } from '../authorizations/authorization.entity';
import type { Coverage } from '../coverages/coverage.entity';
import type { Encounter } from '../encounters/encounter.entity';
import { Guarantor } from '../guarantors/guarantor.entity';
import { Location } from '../locations/location.entity';
import { Patient } from '../patients/patient.entity';
import type { PostalAddress } from '../patients/postal-address';
import { Payer } from '../payers/payer.entity';
import { Provider } from '../providers/provider.entity';
import type { ClaimSnapshot, SnapshotProvider } from './claim-snapshot';
import type { PlannedClaim } from './claim-split';
import { queryAll } from '../persistence/query-all';

/** The registration records a claim's snapshot is taken from. */
export interface RegistrationRecords {
  readonly patient: Patient;
  readonly guarantor: Guarantor | null;
  readonly coverage: Coverage;
  readonly payer: Payer;
  readonly location: Location;
  readonly providers: ReadonlyMap<string, Provider>;
  /** Authorization numbers by authorization id. */
  readonly authorizationNumbers: ReadonlyMap<string, string>;
}

const PAYER_RESPONSIBILITY = { primary: 'P', secondary: 'S', tertiary: 'T' } as const;

/** Loads the registration records of an encounter's claim to `coverage`; a missing record is a ValidationError. */
export async function loadRegistration(em: EntityManager, context: RequestContext, encounter: Encounter, coverage: Coverage, providerIds: readonly string[], authorizationIds: readonly string[]): Promise<RegistrationRecords> {
  const tenant = { organizationId: context.organizationId };
  const [patient, guarantor, payer, location, providers, authorizations] = await queryAll(em, [
    () => em.findOne(Patient, { ...tenant, id: encounter.patientId }),
    () => em.findOne(Guarantor, { ...tenant, patientId: encounter.patientId }),
    () => em.findOne(Payer, { ...tenant, id: coverage.payerRecordId }),
    () => em.findOne(Location, { ...tenant, id: encounter.locationId }),
    () => em.find(Provider, { ...tenant, id: { $in: [...new Set([encounter.billingProviderId, ...providerIds])] } }),
    () => (authorizationIds.length > 0 ? em.find(Authorization, { ...tenant, id: { $in: [...new Set(authorizationIds)] } }) : Promise.resolve([])),
  ]);
  const issues: ValidationIssue[] = [];
  if (!patient) issues.push({ field: 'patientId', message: `patient ${encounter.patientId} is missing` });
  if (!payer) issues.push({ field: 'payerRecordId', message: `payer ${coverage.payerRecordId} is missing` });
  if (!location) issues.push({ field: 'locationId', message: `location ${encounter.locationId} is missing` });
  for (const id of [encounter.billingProviderId, ...providerIds]) {
    if (!providers.some((provider) => provider.id === id)) issues.push({ field: 'providerId', message: `provider ${id} is missing` });
  }
  if (issues.length > 0 || !patient || !payer || !location) throw new ValidationError(issues);
  return {
    patient,
    guarantor,
    coverage,
    payer,
    location,
    providers: new Map(providers.map((provider) => [provider.id, provider])),
    authorizationNumbers: new Map(authorizations.map((authorization) => [authorization.id, authorization.number])),
  };
}

/** The frozen snapshot of one planned claim. */
export function takeSnapshot(encounter: Encounter, planned: PlannedClaim, records: RegistrationRecords, builtAt: Date): ClaimSnapshot {
  const { patient, guarantor, coverage, payer, location } = records;
  const billing = records.providers.get(encounter.billingProviderId) as Provider;
  const rendering = records.providers.get(planned.renderingProviderId) as Provider;
  const locationAddress: PostalAddress = {
    line1: location.addressLine1,
    ...(location.addressLine2 ? { line2: location.addressLine2 } : {}),
    city: location.city,
    state: location.state,
    postalCode: location.zip.replace(/\D/g, ''),
  };
  const patientAddress = patient.address ?? guarantor?.address ?? (coverage.subscriberRelationship === '18' ? coverage.subscriberAddress : null) ?? null;
  const self = coverage.subscriberRelationship === '18';
  const authorizationNumber = planned.lines.map((line) => (line.authorizationId ? records.authorizationNumbers.get(line.authorizationId) : undefined)).find(Boolean);
  const dates = planned.lines.map((line) => line.dateOfService).sort();
  return {
    version: 1,
    builtAt: builtAt.toISOString(),
    billingProvider: {
      ...snapshotProvider(billing),
      taxId: billing.taxId ? billing.taxId.replace(/\D/g, '') : null,
      taxIdQualifier: 'EI',
      address: locationAddress,
      contactName: billing.name,
      contactPhone: location.phone,
    },
    renderingProvider: snapshotProvider(rendering),
    serviceFacility: { locationId: location.id, name: location.name, npi: location.npi, address: locationAddress },
    subscriber: {
      relationship: coverage.subscriberRelationship,
      lastName: self ? patient.lastName : (coverage.subscriberLastName ?? ''),
      firstName: self ? patient.firstName : coverage.subscriberFirstName,
      birthDate: self ? patient.birthDate : coverage.subscriberBirthDate,
      sex: self ? patient.sex : coverage.subscriberSex,
      address: self ? patientAddress : (coverage.subscriberAddress ?? guarantor?.address ?? null),
      memberId: coverage.memberId,
      groupNumber: coverage.groupNumber,
      planName: coverage.planName,
    },
    patient: {
      patientId: patient.id,
      lastName: patient.lastName,
      firstName: patient.firstName,
      birthDate: patient.birthDate,
      sex: patient.sex,
      address: patientAddress,
      accountNumber: patient.accountNumber,
    },
    payer: { payerRecordId: payer.id, name: payer.name, payerId: payer.payerId, claimFilingIndicator: payer.claimFilingIndicator },
    payerResponsibility: PAYER_RESPONSIBILITY[coverage.order],
    placeOfService: encounter.placeOfService,
    diagnoses: planned.diagnoses,
    priorAuthorizationNumber: authorizationNumber ?? null,
    serviceDateFrom: dates[0] ?? encounter.dateOfService,
    serviceDateTo: dates[dates.length - 1] ?? encounter.dateOfService,
  };
}

function snapshotProvider(provider: Provider): SnapshotProvider {
  return {
    providerId: provider.id,
    entityType: provider.kind === 'individual' ? '1' : '2',
    lastName: provider.name,
    firstName: provider.firstName,
    npi: provider.npi,
    taxonomy: provider.taxonomy,
  };
}
