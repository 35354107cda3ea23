import { MikroORM, type FilterQuery } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { writePendingReads } from '../audit/audit-reads';
import { currentAuditScope } from '../audit/audit-scope';
import { fieldEncryption, normalizeSsn } from '../crypto';
import { OutboxService } from '../outbox/outbox.service';
import { findPage, orderByOf, type ListQuery, type Page } from '../http/list-query';
import { currentEntityManager } from '../persistence/current-entity-manager';
import type { PostalAddress } from './postal-address';
import { Patient, type AdministrativeSex } from './patient.entity';
import { isPossibleDuplicate, sameName, type DuplicateProbe } from './patient-duplicates';
import { PossibleDuplicateError, type DuplicateCandidate } from './possible-duplicate.error';

/** How patients are searched: by SSN, or by the start of the last name, optionally with the birth date. */
export interface PatientSearch {
  readonly ssn?: string;
  readonly lastName?: string;
  readonly birthDate?: string;
}

/** What registering a patient takes. */
export interface RegisterPatient {
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: AdministrativeSex;
  readonly ssn?: string;
  /** The practice's account number or MRN. */
  readonly accountNumber?: string;
  /** Where the patient lives. */
  readonly address?: PostalAddress;
  /** The clerk has reviewed the possible duplicates and this is a different person: register anyway. */
  readonly duplicateReviewed?: boolean;
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
    if (!input.duplicateReviewed) {
      const candidates = await this.findDuplicates(context, input);
      if (candidates.length > 0) {
        // The refusal shows these patients: their reads are audited even though the request fails.
        const scope = currentAuditScope();
        if (scope) await writePendingReads(this.orm.em.fork(), scope);
        throw new PossibleDuplicateError(candidates.map(toCandidate));
      }
    }
    return currentEntityManager(this.orm).transactional(async (em) => {
      const patient = em.create(Patient, {
        organizationId: context.organizationId,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        birthDate: input.birthDate,
        sex: input.sex,
        ssn: ssn ?? null,
        ssnHash: ssn ? fieldEncryption().hasher.hash(SSN_PURPOSE, ssn) : null,
        accountNumber: input.accountNumber?.trim() || null,
        address: input.address ?? null,
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

  /** Other patients of the organization with the same name, birth date and sex (see `duplicateNameKey`). */
  async possibleDuplicates(context: RequestContext, patientId: string): Promise<Patient[]> {
    const patient = await this.get(context, patientId);
    return (await this.findDuplicates(context, patient)).filter((candidate) => candidate.id !== patient.id);
  }

  /**
   * The patients with this name (compared as {@link isPossibleDuplicate} compares names) and birth date, whatever their
   * sex: how records converted from another system find their patient.
   */
  async findByNameAndBirthDate(context: RequestContext, person: Pick<DuplicateProbe, 'firstName' | 'lastName' | 'birthDate'>): Promise<Patient[]> {
    const em = currentEntityManager(this.orm);
    const rows: { id: string; firstName: string; lastName: string }[] = await em
      .createQueryBuilder(Patient)
      .select(['id', 'firstName', 'lastName'])
      .where({ organizationId: context.organizationId, birthDate: person.birthDate })
      .execute('all', true);
    const ids = rows.filter((row) => sameName(person, row)).map((row) => row.id);
    if (ids.length === 0) return [];
    return em.find(Patient, { organizationId: context.organizationId, id: { $in: ids } }, { orderBy: { createdAt: 'asc' } });
  }

  /**
   * Patients matching `probe`. Same birth date and sex narrow the rows in SQL (read as plain rows, so patients that
   * do not match are not loaded and not audited as read); the names are compared normalized, then the matches loaded.
   */
  private async findDuplicates(context: RequestContext, probe: DuplicateProbe): Promise<Patient[]> {
    const em = currentEntityManager(this.orm);
    const rows: { id: string; firstName: string; lastName: string; birthDate: string; sex: string }[] = await em
      .createQueryBuilder(Patient)
      .select(['id', 'firstName', 'lastName', 'birthDate', 'sex'])
      .where({ organizationId: context.organizationId, birthDate: probe.birthDate, sex: probe.sex as AdministrativeSex })
      .execute('all', true);
    const ids = rows.filter((row) => isPossibleDuplicate(probe, row)).map((row) => row.id);
    if (ids.length === 0) return [];
    return em.find(Patient, { organizationId: context.organizationId, id: { $in: ids } }, { orderBy: { createdAt: 'asc' } });
  }

  /** Finds patients by exact SSN (through its keyed hash) or by the start of the last name. */
  /**
   * One page of the patients found by exact SSN (through its keyed hash), or by the start of the last name, narrowed
   * by birth date when given. Every patient returned is an audited read.
   */
  async search<V>(context: RequestContext, query: PatientSearch, page: ListQuery, toView: (patient: Patient) => V): Promise<Page<V>> {
    const where: FilterQuery<Patient> = { organizationId: context.organizationId, ...(query.birthDate ? { birthDate: query.birthDate } : {}) };
    if (query.ssn !== undefined) where.ssnHash = fieldEncryption().hasher.hash(SSN_PURPOSE, requireSsn(query.ssn));
    else if (query.lastName) where.lastName = { $ilike: `${query.lastName.replace(/[%_\\]/g, '')}%` };
    else throw new ValidationError([{ field: 'query', message: 'search by ssn or lastName' }]);
    const orderBy = orderByOf<Patient>(page.sort ?? 'lastName', { lastName: 'lastName', birthDate: 'birthDate', createdAt: 'createdAt' }, { firstName: 'asc', id: 'asc' });
    return findPage(currentEntityManager(this.orm), Patient, where, page, orderBy, toView);
  }
}

function toCandidate(patient: Patient): DuplicateCandidate {
  return {
    id: patient.id,
    firstName: patient.firstName,
    lastName: patient.lastName,
    birthDate: patient.birthDate,
    sex: patient.sex,
    accountNumber: patient.accountNumber,
  };
}

function requireSsn(input: string): string {
  const ssn = normalizeSsn(input);
  if (!ssn) throw new ValidationError([{ field: 'ssn', message: 'must be nine digits (dashes and spaces allowed)' }]);
  return ssn;
}
