import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { requirePatient, todayIso } from '../patients/patient-exists';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { Guarantor } from './guarantor.entity';
import { guarantorIssues, type SetGuarantor } from './guarantor.rules';

/** The person financially responsible for each patient. Reads and writes are audited by the persistence layer. */
@Injectable()
export class GuarantorService {
  constructor(private readonly orm: MikroORM) {}

  /** Sets the patient's current guarantor, replacing the previous one. */
  async set(context: RequestContext, patientId: string, input: SetGuarantor): Promise<Guarantor> {
    const issues = guarantorIssues(input, todayIso());
    if (issues.length > 0) throw new ValidationError(issues);
    return currentEntityManager(this.orm).transactional(async (em) => {
      await requirePatient(em, context, patientId);
      const person = {
        relationship: input.relationship,
        firstName: input.firstName?.trim() ?? null,
        lastName: input.lastName?.trim() ?? null,
        birthDate: input.birthDate ?? null,
        address: input.address ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
      };
      const current = await em.findOne(Guarantor, { organizationId: context.organizationId, patientId });
      if (current) return em.assign(current, person);
      return em.create(Guarantor, { organizationId: context.organizationId, patientId, ...person });
    });
  }

  /** The patient's current guarantor; NotFound when none is set. */
  async get(context: RequestContext, patientId: string): Promise<Guarantor> {
    const em = currentEntityManager(this.orm);
    await requirePatient(em, context, patientId);
    const guarantor = await em.findOne(Guarantor, { organizationId: context.organizationId, patientId });
    if (!guarantor) throw new NotFoundError('guarantor of patient', patientId);
    return guarantor;
  }
}
