import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ValidationError, type ValidationIssue } from '@openrcm/sdk';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { CONVERSION_FACTORS } from './conversion-factors';
import { isFacilityPlaceOfService } from './facility-places-of-service';
import { MedicareGpci } from './medicare-gpci.entity';
import { normalizeLocality, type MedicareLocality } from './medicare-locality';
import type { MedicarePfsNotPriced, MedicarePfsPrice, MedicarePfsPriceRequest } from './medicare-pfs.price';
import { MedicarePfsRelease, type MedicarePfsFileKind } from './medicare-pfs-release.entity';
import { MedicareRvu } from './medicare-rvu.entity';
import { PCTC_INDICATORS, ROW_MODIFIERS } from './pctc-indicators';
import { PfsDecimal } from './pfs-decimal';
import { computePfsAllowed } from './pfs-formula';
import { PFS_STATUS_CODES } from './pfs-status-codes';

interface Checked {
  readonly code: string;
  readonly modifier: string | undefined;
  readonly locality: MedicareLocality;
  readonly year: number;
}

/**
 * Prices a code under the Medicare Physician Fee Schedule from the imported CMS files: [(work RVU × work GPCI) +
 * (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × conversion factor, the PE RVU facility or non-facility by place of
 * service, in decimal, rounded half-up to the cent at the end. A code the PFS does not pay (status, NA setting,
 * no component row) is answered with the reason, never a price of zero; missing data or bad input is a
 * ValidationError naming the field.
 */
@Injectable()
export class MedicarePfsPricer {
  constructor(private readonly orm: MikroORM) {}

  async price(request: MedicarePfsPriceRequest): Promise<MedicarePfsPrice> {
    const checked = checkRequest(request);
    const em = currentEntityManager(this.orm);
    const rvuRelease = await releaseFor(em, 'rvu', checked.year, request.dateOfService);
    const row = await this.rowFor(em, rvuRelease, checked);
    const facility = isFacilityPlaceOfService(request.placeOfService);
    if ('priced' in row) return { ...row, facility };
    const refusal = refusalOf(row, facility);
    if (refusal) return refusal;
    const gpciRelease = await releaseFor(em, 'gpci', checked.year, request.dateOfService);
    const gpci = await em.findOne(MedicareGpci, { releaseId: gpciRelease.id, ...checked.locality });
    if (!gpci) {
      throw new ValidationError([{ field: 'locality', message: `no Medicare locality ${checked.locality.mac}/${checked.locality.locality} in the ${checked.year} GPCI file` }]);
    }
    const rvus = { work: show(row.workRvu), practiceExpense: show(facility ? row.facilityPeRvu : row.nonFacilityPeRvu), malpractice: show(row.mpRvu) };
    const gpcis = { work: show(gpci.workGpci), practiceExpense: show(gpci.peGpci), malpractice: show(gpci.mpGpci) };
    const conversionFactor = conversionFactorOf(row, checked.year, request.qualifyingApm === true);
    const computation = computePfsAllowed(rvus, gpcis, conversionFactor, facility ? 'facility' : 'non-facility');
    const notes = row.statusCode === 'A' ? [] : [`status ${row.statusCode}: ${PFS_STATUS_CODES[row.statusCode]?.meaning}`];
    if (request.qualifyingApm && !CONVERSION_FACTORS[checked.year]?.qualifyingApm) notes.push(`${checked.year} has no separate conversion factor for qualifying APM participants`);
    return {
      priced: true,
      allowedCents: computation.allowedCents,
      exactAmount: computation.exactAmount,
      facility,
      code: row.hcpcs,
      modifier: row.modifier || null,
      statusCode: row.statusCode,
      rvus,
      gpcis: { ...gpcis, mac: gpci.mac, locality: gpci.locality, localityName: gpci.localityName },
      conversionFactor,
      formula: computation.formula,
      rvuEffectiveFrom: rvuRelease.effectiveFrom,
      gpciEffectiveFrom: gpciRelease.effectiveFrom,
      notes,
    };
  }

  /** The RVU row for the code and modifier, or the refusal when the file prices no such component. */
  private async rowFor(em: EntityManager, release: MedicarePfsRelease, checked: Checked): Promise<MedicareRvu | Omit<MedicarePfsNotPriced, 'facility'>> {
    const rows = await em.find(MedicareRvu, { releaseId: release.id, hcpcs: checked.code });
    if (rows.length === 0) throw new ValidationError([{ field: 'code', message: `${checked.code} is not in the Medicare RVU file effective ${release.effectiveFrom}` }]);
    const wanted = checked.modifier && ROW_MODIFIERS.has(checked.modifier) ? checked.modifier : '';
    const row = rows.find((candidate) => candidate.modifier === wanted);
    if (row) return row;
    const global = rows.find((candidate) => candidate.modifier === '') ?? (rows[0] as MedicareRvu);
    return {
      priced: false,
      reason: 'no-component-row',
      message: wanted
        ? `the RVU file has no ${checked.code}-${wanted} row; PC/TC indicator ${global.pctcIndicator}: ${PCTC_INDICATORS[global.pctcIndicator] ?? 'unknown'}`
        : `the RVU file prices ${checked.code} only with modifier ${rows.map((candidate) => candidate.modifier).join(' or ')}`,
      code: checked.code,
      modifier: wanted || null,
      statusCode: global.statusCode,
    };
  }
}

function checkRequest(request: MedicarePfsPriceRequest): Checked {
  const issues: ValidationIssue[] = [];
  const code = request.code.trim().toUpperCase();
  const modifier = request.modifier?.trim().toUpperCase() || undefined;
  if (!/^[A-Z0-9]{5}$/.test(code)) issues.push({ field: 'code', message: `"${request.code}" is not a five-character CPT/HCPCS code` });
  if (modifier !== undefined && !/^[A-Z0-9]{2}$/.test(modifier)) issues.push({ field: 'modifier', message: `"${request.modifier}" is not a two-character modifier` });
  if (!/^\d{2}$/.test(request.placeOfService)) issues.push({ field: 'placeOfService', message: `"${request.placeOfService}" is not a two-digit place-of-service code` });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.dateOfService) || Number.isNaN(Date.parse(request.dateOfService))) {
    issues.push({ field: 'dateOfService', message: 'a calendar date, YYYY-MM-DD' });
  }
  const locality = normalizeLocality(request.locality);
  if (Array.isArray(locality)) issues.push(...locality);
  if (issues.length > 0 || Array.isArray(locality)) throw new ValidationError(issues);
  return { code, modifier, locality, year: Number(request.dateOfService.slice(0, 4)) };
}

async function releaseFor(em: EntityManager, kind: MedicarePfsFileKind, year: number, dateOfService: string): Promise<MedicarePfsRelease> {
  const release = await em.findOne(MedicarePfsRelease, { kind, year, effectiveFrom: { $lte: dateOfService } }, { orderBy: { effectiveFrom: 'desc' } });
  if (!release) {
    const file = kind === 'rvu' ? 'RVU (PPRRVU)' : 'GPCI';
    throw new ValidationError([{ field: 'dateOfService', message: `no Medicare ${file} file for ${year} effective on or before ${dateOfService} is imported` }]);
  }
  return release;
}

function refusalOf(row: MedicareRvu, facility: boolean): MedicarePfsNotPriced | undefined {
  const base = { priced: false as const, code: row.hcpcs, modifier: row.modifier || null, statusCode: row.statusCode, facility };
  const status = PFS_STATUS_CODES[row.statusCode];
  if (!status?.payable) {
    return { ...base, reason: 'status-not-payable', message: `${row.hcpcs} has PFS status ${row.statusCode}: ${status?.meaning ?? 'unknown status'}` };
  }
  if (row.notUsedForMedicarePayment) {
    return { ...base, reason: 'not-used-for-medicare-payment', message: `the RVU file marks ${row.hcpcs}'s RVUs as not used for Medicare payment` };
  }
  if (facility ? row.facilityNa : row.nonFacilityNa) {
    const setting = facility ? 'facility' : 'non-facility';
    return { ...base, reason: 'not-applicable-in-setting', message: `the ${setting} PE RVU of ${row.hcpcs}${row.modifier ? `-${row.modifier}` : ''} is NA: the PFS does not pay it in a ${setting} setting` };
  }
  return undefined;
}

function conversionFactorOf(row: MedicareRvu, year: number, qualifyingApm: boolean): string {
  const known = CONVERSION_FACTORS[year];
  const factor = qualifyingApm && known?.qualifyingApm ? known.qualifyingApm : row.conversionFactor !== null ? show(row.conversionFactor) : known?.standard;
  if (factor === undefined) throw new ValidationError([{ field: 'dateOfService', message: `no conversion factor for ${year}: the RVU file has none and none is configured` }]);
  return factor;
}

/** A stored decimal (`0.4500`) in its shortest form (`0.45`). */
function show(value: string): string {
  return new PfsDecimal(value).toString();
}
