import type { X12Severity } from '../errors';
import type { Delimiters, Segment } from '../tokenizer';
import { isValidNpi, parseDate8 } from '../values';
import { CLAIM_FILING_INDICATOR_CODES, PATIENT_RELATIONSHIP_CODES, PAYER_RESPONSIBILITY_CODES, PLACE_OF_SERVICE_CODES } from '../x837p/x12-837p.codes';
import { MAX_LENGTHS, REQUIRED_ELEMENTS } from './x12-837p.rules';

/** Reports one finding on a segment. */
export type Report = (code: string, message: string, seg: Segment, elementIndex?: number, severity?: X12Severity, componentIndex?: number) => void;

const pad = (i: number) => String(i).padStart(2, '0');

/** Required elements and maximum lengths from the rule tables. */
export function checkElements(seg: Segment, report: Report): void {
  for (const i of REQUIRED_ELEMENTS[seg.id] ?? []) {
    if (!seg.elements[i]) report('MISSING_ELEMENT', `${seg.id}${pad(i)} is required`, seg, i);
  }
  for (let i = 1; i < seg.elements.length; i++) {
    const max = MAX_LENGTHS[seg.id + pad(i)];
    const v = seg.elements[i]!;
    if (max !== undefined && v.length > max) report('ELEMENT_TOO_LONG', `${seg.id}${pad(i)} is ${v.length} characters, at most ${max}`, seg, i);
  }
}

/** DTP (D8/RD8) and DMG dates. */
export function checkDates(seg: Segment, report: Report): void {
  if (seg.id === 'DMG' && seg.elements[2] && !parseDate8(seg.elements[2])) report('INVALID_DATE', `DMG02 "${seg.elements[2]}" is not a valid date`, seg, 2);
  if (seg.id !== 'DTP') return;
  const format = seg.elements[2];
  const value = seg.elements[3] ?? '';
  const parts = format === 'RD8' ? value.split('-') : [value];
  const valid = (format === 'D8' || format === 'RD8') && parts.length === (format === 'RD8' ? 2 : 1) && parts.every((p) => parseDate8(p));
  if (format && value && !valid) report('INVALID_DATE', `DTP03 "${value}" is not a valid ${format} date`, seg, 3);
  if (valid && format === 'RD8' && parts[1]! < parts[0]!) report('INVALID_DATE', `DTP03 range "${value}" ends before it starts`, seg, 3);
}

/** NM1 identifiers: NM108/NM109 together, required for key entities, NPI check digit. */
export function checkNm1(seg: Segment, report: Report, npiSeverity: X12Severity): void {
  const [, entity = '', , , , , , , qualifier, id] = seg.elements;
  if (['IL', 'PR', '85', '41', '40'].includes(entity) && (!qualifier || !id)) {
    report('MISSING_ELEMENT', `NM108/NM109 (identifier) are required for NM1*${entity}`, seg, qualifier ? 9 : 8);
  } else if (Boolean(qualifier) !== Boolean(id)) report('MISSING_ELEMENT', 'NM108 and NM109 must be sent together', seg, qualifier ? 9 : 8);
  if (qualifier === 'XX' && id && !isValidNpi(id)) report('NPI_CHECK_DIGIT', `NM109 "${id}" is not an NPI with a valid check digit`, seg, 9, npiSeverity);
}

/** Code lists: SBR01/SBR09, PAT01, CLM05. */
export function checkCodes(seg: Segment, d: Delimiters, report: Report): void {
  const e = seg.elements;
  if (seg.id === 'SBR') {
    if (e[1] && !PAYER_RESPONSIBILITY_CODES.has(e[1])) report('INVALID_CODE', `SBR01 "${e[1]}" is not a payer responsibility code`, seg, 1);
    if (e[9] && !CLAIM_FILING_INDICATOR_CODES.has(e[9])) report('INVALID_CODE', `SBR09 "${e[9]}" is not a claim filing indicator code`, seg, 9);
  }
  if (seg.id === 'PAT' && e[1] && !PATIENT_RELATIONSHIP_CODES.has(e[1])) report('INVALID_CODE', `PAT01 "${e[1]}" is not a relationship code`, seg, 1);
  if (seg.id === 'CLM' && e[5]) {
    const [pos = '', qualifier = '', frequency = ''] = e[5].split(d.component);
    if (!PLACE_OF_SERVICE_CODES.has(pos)) report('INVALID_CODE', `CLM05-1 "${pos}" is not a place of service code`, seg, 5, 'error', 1);
    if (qualifier !== 'B') report('INVALID_CODE', `CLM05-2 must be "B", found "${qualifier}"`, seg, 5, 'error', 2);
    if (!['1', '7', '8'].includes(frequency)) report('INVALID_CODE', `CLM05-3 "${frequency}" is not a frequency code (1, 7, 8)`, seg, 5, 'error', 3);
  }
}
