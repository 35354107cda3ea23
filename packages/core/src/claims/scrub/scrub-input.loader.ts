import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { AuthorizationService } from '../../authorizations/authorization.service';
import { CodingEditsService } from '../../coding-edits/coding-edits.service';
import { EligibilityService } from '../../eligibility/eligibility.service';
import { Charge } from '../../encounters/charge.entity';
import { Organization } from '../../organizations/organization.entity';
import { Payer } from '../../payers/payer.entity';
import { currentEntityManager } from '../../persistence/current-entity-manager';
import { queryAll } from '../../persistence/query-all';
import { ReferenceCodeService } from '../../reference/reference-codes.service';
import { calendarDate } from '../../time/calendar-date';
import { ClaimLine } from '../claim-line.entity';
import { Claim } from '../claim.entity';
import { checkKey, datesOf, type CodeCheck, type OtherClaim, type ScrubAuthorization, type ScrubInput, type ScrubLine } from './scrub-input';

/**
 * Prefetches what the built-in rules read, once per scrub: codes' validity on each date of service, the NCCI results,
 * the payer's settings, the latest eligibility result per date of service, the lines' authorizations with their
 * usage, and the patient's other claims.
 */
@Injectable()
export class ScrubInputLoader {
  constructor(
    private readonly orm: MikroORM,
    private readonly codingEdits: CodingEditsService,
    private readonly codes: ReferenceCodeService,
    private readonly eligibility: EligibilityService,
    private readonly authorizations: AuthorizationService,
  ) {}

  async load(context: RequestContext, claim: Claim, claimLines: readonly ClaimLine[], now: Date = new Date()): Promise<ScrubInput> {
    const em = currentEntityManager(this.orm);
    const tenant = { organizationId: context.organizationId };
    const snapshot = claim.snapshot();
    const [organization, payer, charges, replaced] = await queryAll(em, [
      () => em.findOneOrFail(Organization, { id: context.organizationId }),
      () => em.findOne(Payer, { ...tenant, id: claim.payerRecordId }),
      () => em.find(Charge, { ...tenant, id: { $in: claimLines.map((line) => line.chargeId) } }),
      () => (claim.replacesClaimId ? em.findOne(Claim, { ...tenant, id: claim.replacesClaimId }) : Promise.resolve(null)),
    ]);
    const authorizations = await this.authorizationsOf(em, context, claim.patientId, charges);
    const authorizationOfCharge = new Map(charges.map((charge) => [charge.id, charge.authorizationId ? (authorizations.get(charge.authorizationId) ?? null) : null]));
    const lines: ScrubLine[] = claimLines.map((line) => ({
      lineNumber: line.lineNumber,
      procedureCode: line.procedureCode,
      modifiers: line.modifiers,
      units: line.units,
      unitType: line.unitType,
      chargeCents: line.chargeCents,
      diagnosisPointers: line.diagnosisPointers,
      dateOfService: line.dateOfService,
      authorization: authorizationOfCharge.get(line.chargeId) ?? null,
    }));
    const dates = datesOf(lines).length > 0 ? datesOf(lines) : [claim.dateOfService];
    const editable = lines.filter((line) => Number.isInteger(line.units) && line.units >= 1);
    const editedLines = editable.map((line) => ({ lineNumber: line.lineNumber, procedureCode: line.procedureCode, modifiers: line.modifiers, dateOfService: line.dateOfService, units: line.units }));
    const [diagnosisChecks, modifierChecks, ptpConflicts, mueViolations, eligibility, otherClaims] = await queryAll(em, [
      () => this.checks('icd10cm', snapshot.diagnoses.flatMap((code) => dates.map((date) => [code, date] as const))),
      () => this.checks('modifiers', lines.flatMap((line) => line.modifiers.map((modifier) => [modifier, line.dateOfService] as const))),
      () => this.codingEdits.ptpConflicts(editedLines),
      () => this.codingEdits.mueViolations(editedLines),
      () =>
        queryAll(
          em,
          dates.map((date) => async () => {
            const check = await this.eligibility.latestFor(context, claim.coverageId, date);
            return { dateOfService: date, outcome: check?.outcome ?? null, checkedAt: check?.checkedAt.toISOString() ?? null };
          }),
        ),
      () => this.otherClaims(context, claim),
    ]);
    return {
      today: calendarDate(now, organization.timeZone),
      claim: {
        id: claim.id,
        patientControlNumber: claim.patientControlNumber,
        frequency: claim.frequency,
        totalChargeCents: claim.totalChargeCents,
        payerRecordId: claim.payerRecordId,
        dateOfService: claim.dateOfService,
        replacesClaimId: claim.replacesClaimId,
        replacedPayerClaimNumber: replaced?.payerClaimNumber ?? null,
      },
      snapshot,
      lines,
      submitter: { name: organization.name, id: organization.x12SubmitterId },
      diagnosisChecks,
      modifierChecks,
      ptpConflicts,
      mueViolations,
      payer: {
        name: payer?.name ?? snapshot.payer.name,
        timelyFilingDays: payer?.timelyFilingDays ?? 365,
        authorizationRequiredCodes: payer?.authorizationRequiredCodes ?? [],
      },
      eligibility,
      otherClaims,
    };
  }

  private async checks(kind: 'icd10cm' | 'modifiers', pairs: readonly (readonly [string, string])[]): Promise<Map<string, CodeCheck>> {
    const checks = new Map<string, CodeCheck>();
    for (const [code, date] of pairs) {
      const key = checkKey(code, date);
      if (checks.has(key)) continue;
      const validity = await this.codes.lookup(kind, code, date);
      checks.set(key, { valid: kind === 'icd10cm' ? validity.billable : validity.valid, reason: validity.reason });
    }
    return checks;
  }

  private async authorizationsOf(em: EntityManager, context: RequestContext, patientId: string, charges: readonly Charge[]): Promise<Map<string, ScrubAuthorization>> {
    const ids = [...new Set(charges.map((charge) => charge.authorizationId).filter((id): id is string => id !== null))];
    const found = await queryAll(
      em,
      ids.map((id) => () => this.authorizations.get(context, patientId, id)),
    );
    return new Map(
      found.map((authorization) => [
        authorization.id,
        {
          number: authorization.number,
          status: authorization.status,
          startDate: authorization.startDate,
          endDate: authorization.endDate,
          unitsApproved: authorization.unitsApproved,
          unitsUsed: authorization.unitsUsed,
        },
      ]),
    );
  }

  private async otherClaims(context: RequestContext, claim: Claim): Promise<OtherClaim[]> {
    const em = currentEntityManager(this.orm);
    const others = await em.find(Claim, { organizationId: context.organizationId, patientId: claim.patientId, payerRecordId: claim.payerRecordId, id: { $ne: claim.id } });
    if (others.length === 0) return [];
    const lines = await em.find(ClaimLine, { organizationId: context.organizationId, claimId: { $in: others.map((other) => other.id) } });
    return others.map((other) => ({
      id: other.id,
      patientControlNumber: other.patientControlNumber,
      payerRecordId: other.payerRecordId,
      state: other.state,
      frequency: other.frequency,
      dateOfService: other.dateOfService,
      procedureCodes: lines.filter((line) => line.claimId === other.id).map((line) => line.procedureCode),
    }));
  }
}
