import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { ValidationError } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { versionOn } from './code-versions';
import { ReferenceCode } from './reference-code.entity';

/** ICD-10-CM codes as claims use them: billable on the date of service, or refused with the code named. */
@Injectable()
export class DiagnosisCodeService {
  constructor(private readonly orm: MikroORM) {}

  /**
   * The code valid on `serviceDate` (ISO date); `E11.9` and `e119` are read as `E119`. Refuses an unknown code, a
   * category header (not billable), and a code not yet effective or already retired on that date.
   */
  async billableOn(input: string, serviceDate: string, field = 'diagnosisCode'): Promise<ReferenceCode> {
    const code = input.replace('.', '').trim().toUpperCase();
    const versions = await currentEntityManager(this.orm).find(ReferenceCode, { codeSet: 'icd10cm', code }, { orderBy: { effectiveFrom: 'desc' } });
    const valid = versionOn(versions, serviceDate);
    if (valid) return valid;
    const [latest] = versions;
    const message = !latest
      ? `${code} is not a billable ICD-10-CM code (unknown, or a category header that needs more characters)`
      : latest.effectiveFrom > serviceDate
        ? `${code} takes effect on ${latest.effectiveFrom}, after the date of service ${serviceDate}`
        : `${code} was retired on ${latest.retiredOn}, before the date of service ${serviceDate}`;
    throw new ValidationError([{ field, message }]);
  }
}
