import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { fieldEncryption, normalizeSsn } from '../crypto';
import { OutboxService } from '../outbox/outbox.service';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Patient, type AdministrativeSex } from './patient.entity';

/** What registering a patient takes. */
export interface RegisterPatient {
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: AdministrativeSex;
  readonly ssn?: string;
}

const SSN_PURPOSE = 'patient.ssn';

/** Patients of an organization. Every read and write is audited by the persistence layer. */
@Injectable()
export class PatientService {
  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxService,
  ) {}

  async register(context: RequestContext, input: RegisterPatient): Promise<Patient> {
    const ssn = input.ssn === undefined ? undefined : requireSsn(input.ssn);
    return currentEntityManager(this.orm).transactional(async (em) => {
      const patient = em.create(Patient, {
        organizationId: context.organizationId,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        birthDate: input.birthDate,
        sex: input.sex,
        ssn: ssn ?? null,
        ssnHash: ssn ? fieldEncryption().hasher.hash(SSN_PURPOSE, ssn) : null,
      });
      this.outbox.record(context, 'patient.registered', { organizationId: context.organizationId, patientId: patient.id });
      return patient;
    });
  }

  async get(context: RequestContext, patientId: string): Promise<Patient> {
    const patient = await currentEntityManager(this.orm).findOne(Patient, { id: patientId, organizationId: context.organizationId });
    if (!patient) throw new NotFoundError('patient', patientId);
    return patient;
  }

  /** Finds patients by exact SSN (through its keyed hash) or by the start of the last name. */
  async search(context: RequestContext, query: { ssn?: string; lastName?: string }): Promise<Patient[]> {
    const em = currentEntityManager(this.orm);
    if (query.ssn !== undefined) {
      const ssnHash = fieldEncryption().hasher.hash(SSN_PURPOSE, requireSsn(query.ssn));
      return em.find(Patient, { organizationId: context.organizationId, ssnHash });
    }
    if (query.lastName) {
      return em.find(
        Patient,
        { organizationId: context.organizationId, lastName: { $ilike: `${query.lastName.replace(/[%_\\]/g, '')}%` } },
        { orderBy: { lastName: 'asc', firstName: 'asc' }, limit: 100 },
      );
    }
    throw new ValidationError([{ field: 'query', message: 'search by ssn or lastName' }]);
  }
}

function requireSsn(input: string): string {
  const ssn = normalizeSsn(input);
  if (!ssn) throw new ValidationError([{ field: 'ssn', message: 'must be nine digits (dashes and spaces allowed)' }]);
  return ssn;
}
