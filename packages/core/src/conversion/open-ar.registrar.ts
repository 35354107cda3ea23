import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ConflictError, ValidationError, type RequestContext } from '@openrcm/sdk';
import type { Address, BillingProvider837P, Claim837P, Provider837P } from '@openrcm/x12';
import { Coverage, SELF_RELATIONSHIP } from '../coverages/coverage.entity';
import { CoverageService } from '../coverages/coverage.service';
import type { GuarantorRelationship } from '../guarantors/guarantor.entity';
import { Guarantor } from '../guarantors/guarantor.entity';
import { GuarantorService } from '../guarantors/guarantor.service';
import { Location } from '../locations/location.entity';
import { LocationService } from '../locations/location.service';
import type { Patient } from '../patients/patient.entity';
import { PatientService } from '../patients/patient.service';
import { Payer } from '../payers/payer.entity';
import { normalizePayerId } from '../payers/payer.rules';
import { PayerService } from '../payers/payer.service';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Provider } from '../providers/provider.entity';
import { ProviderService } from '../providers/provider.service';
import { claimPatient, toPostalAddress } from './open-ar-claim.rules';

/** What registering a claim's parties found or created. */
export interface ClaimParties {
  readonly payer: Payer;
  readonly billingProvider: Provider;
  readonly renderingProvider: Provider;
  readonly location: Location;
  readonly patient: Patient;
  readonly coverage: Coverage;
}

/** The records a conversion created, by kind (what was found is not counted). */
export interface CreatedRecords {
  payers: number;
  providers: number;
  locations: number;
  patients: number;
  coverages: number;
}

/** The guarantor a dependent's subscriber becomes, by the patient's relationship to them (PAT01). */
const GUARANTOR_OF: Readonly<Record<string, GuarantorRelationship>> = { '01': 'spouse', '19': 'parent', '53': 'spouse' };

/**
 * Finds, or registers through the registration services, everything an 837P claim names: its payer (by payer id,
 * 2010BB), billing and rendering providers (by NPI), the service location (2310C, else the billing provider's
 * address), the patient (by name and birth date), their guarantor (new patients: themselves, or the subscriber of a
 * dependent) and the primary coverage (by payer and member id). Runs in the caller's transaction.
 */
@Injectable()
export class OpenArRegistrar {
  constructor(
    private readonly orm: MikroORM,
    private readonly payers: PayerService,
    private readonly providers: ProviderService,
    private readonly locations: LocationService,
    private readonly patients: PatientService,
    private readonly guarantors: GuarantorService,
    private readonly coverages: CoverageService,
  ) {}

  /** `coverageFrom`: the first day a new coverage is in effect (the earliest date of service billed on it in the file). */
  async register(context: RequestContext, billing: BillingProvider837P, claim: Claim837P, coverageFrom: string, created: CreatedRecords): Promise<ClaimParties> {
    const payer = await inLoop('2010BB', () => this.payer(context, claim, created));
    const billingProvider = await inLoop('2010AA', () => this.provider(context, billing, billing.taxIdQualifier === 'EI' ? billing.taxId : undefined, created));
    const renderingProvider = claim.renderingProvider ? await inLoop('2310B', () => this.provider(context, claim.renderingProvider as Provider837P, undefined, created)) : billingProvider;
    const location = await inLoop(claim.serviceFacility ? '2310C' : '2010AA N3/N4', () => this.location(context, billing, claim, created));
    const { patient, isNew } = await inLoop(claim.patient ? '2010CA' : '2010BA', () => this.patient(context, claim, created));
    if (isNew) await inLoop('guarantor', () => this.guarantor(context, patient.id, claim));
    const coverage = await inLoop('2000B SBR', () => this.coverage(context, patient.id, payer, claim, coverageFrom, created));
    return { payer, billingProvider, renderingProvider, location, patient, coverage };
  }

  private async payer(context: RequestContext, claim: Claim837P, created: CreatedRecords): Promise<Payer> {
    const payerId = normalizePayerId(claim.payer.id);
    const found = await currentEntityManager(this.orm).findOne(Payer, { organizationId: context.organizationId, payerId });
    if (found) return found;
    created.payers += 1;
    return this.payers.create(context, { name: claim.payer.name, payerId, claimFilingIndicator: claim.subscriber.filingIndicator });
  }

  private async provider(context: RequestContext, named: Provider837P, taxId: string | undefined, created: CreatedRecords): Promise<Provider> {
    const found = await currentEntityManager(this.orm).findOne(Provider, { organizationId: context.organizationId, npi: named.npi });
    if (found) return found;
    created.providers += 1;
    return this.providers.register(context, {
      kind: named.entityType === '1' ? 'individual' : 'organization',
      name: named.lastName,
      ...(named.entityType === '1' && named.firstName ? { firstName: named.firstName } : {}),
      npi: named.npi,
      ...(named.taxonomy ? { taxonomy: named.taxonomy } : {}),
      ...(taxId ? { taxId } : {}),
    });
  }

  /** The service facility (2310C) when the claim names one, else the billing provider's street address (2010AA). */
  private async location(context: RequestContext, billing: BillingProvider837P, claim: Claim837P, created: CreatedRecords): Promise<Location> {
    const facility = claim.serviceFacility;
    const address: Address = facility?.address ?? billing.address;
    const zip = (address.postalCode ?? '').replace(/\D/g, '');
    const candidates = await currentEntityManager(this.orm).find(Location, { organizationId: context.organizationId, zip }, { orderBy: { createdAt: 'asc' } });
    const found = candidates.find((location) => (facility?.npi && location.npi === facility.npi) || sameStreet(location.addressLine1, address.line1));
    if (found) return found;
    created.locations += 1;
    return this.locations.create(context, {
      name: (facility?.name ?? [billing.firstName, billing.lastName].filter(Boolean).join(' ')).slice(0, 60),
      npi: facility?.npi ?? null,
      addressLine1: address.line1,
      addressLine2: address.line2 ?? null,
      city: address.city,
      state: address.state ?? '',
      zip,
      phone: /^[2-9]\d{2}[2-9]\d{6}$/.test(billing.contact?.phone ?? '') ? (billing.contact?.phone as string) : null,
      placeOfServiceCode: claim.placeOfService,
    });
  }

  /** The patient with the claim's name and birth date (one, or a conflict naming how many), else a new registration. */
  private async patient(context: RequestContext, claim: Claim837P, created: CreatedRecords): Promise<{ patient: Patient; isNew: boolean }> {
    const person = claimPatient(claim);
    const matches = await this.patients.findByNameAndBirthDate(context, person);
    if (matches.length > 1) throw new ConflictError(`${matches.length} patients have this name and birth date: merge them, or register the claim by hand`);
    if (matches[0]) return { patient: matches[0], isNew: false };
    created.patients += 1;
    const patient = await this.patients.register(context, {
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate,
      sex: person.sex,
      ...(person.address ? { address: person.address } : {}),
      duplicateReviewed: true,
    });
    return { patient, isNew: true };
  }

  /** A new patient's guarantor: themselves when they are the subscriber, else the subscriber. */
  private async guarantor(context: RequestContext, patientId: string, claim: Claim837P): Promise<Guarantor> {
    if (!claim.patient) return this.guarantors.set(context, patientId, { relationship: 'self' });
    const subscriber = claim.subscriber;
    const address = toPostalAddress(subscriber.address);
    return this.guarantors.set(context, patientId, {
      relationship: GUARANTOR_OF[claim.patient.relationship] ?? 'other',
      firstName: subscriber.firstName ?? '',
      lastName: subscriber.lastName,
      ...(subscriber.birthDate ? { birthDate: subscriber.birthDate } : {}),
      ...(address ? { address } : {}),
    });
  }

  /** The patient's primary coverage with this payer and member id, or a new one from `coverageFrom`. */
  private async coverage(context: RequestContext, patientId: string, payer: Payer, claim: Claim837P, coverageFrom: string, created: CreatedRecords): Promise<Coverage> {
    const memberId = claim.subscriber.memberId.trim();
    const existing = await currentEntityManager(this.orm).find(Coverage, { organizationId: context.organizationId, patientId, payerRecordId: payer.id, order: 'primary' });
    const found = existing.find((coverage) => coverage.memberId === memberId);
    if (found) {
      if (found.effectiveFrom > coverageFrom) throw new ConflictError(`the patient's coverage ${found.id} with ${payer.name} starts on ${found.effectiveFrom}, after the date of service ${coverageFrom}`);
      return found;
    }
    created.coverages += 1;
    const relationship = claim.patient?.relationship ?? SELF_RELATIONSHIP;
    const subscriber = claim.subscriber;
    const address = toPostalAddress(subscriber.address);
    return this.coverages.add(context, patientId, {
      payerRecordId: payer.id,
      order: 'primary',
      subscriberRelationship: relationship as Coverage['subscriberRelationship'],
      ...(claim.patient
        ? {
            subscriber: {
              firstName: subscriber.firstName ?? '',
              lastName: subscriber.lastName,
              ...(subscriber.birthDate ? { birthDate: subscriber.birthDate } : {}),
              ...(subscriber.sex ? { sex: subscriber.sex as 'F' | 'M' | 'U' } : {}),
              ...(address ? { address } : {}),
            },
          }
        : {}),
      memberId,
      ...(subscriber.groupNumber ? { groupNumber: subscriber.groupNumber } : {}),
      ...(subscriber.groupName ? { planName: subscriber.groupName } : {}),
      effectiveFrom: coverageFrom,
      fromClaimFile: true,
    });
  }
}

/** Runs `work`, naming the 837P loop in the fields of a ValidationError it throws. */
async function inLoop<T>(loop: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError) throw new ValidationError(error.issues.map((issue) => ({ ...issue, field: `${loop} ${issue.field}` })));
    if (error instanceof ConflictError) throw new ConflictError(`${loop}: ${error.message}`);
    throw error;
  }
}

function sameStreet(a: string, b: string): boolean {
  const key = (line: string) => line.toLowerCase().replace(/[^a-z0-9]/g, '');
  return key(a) === key(b);
}
