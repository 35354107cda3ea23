/**
 * The 271 AAA rejection codes and what OpenRCM makes of them.
 *
 * Source: the reject reason codes (data element 901, AAA03) and follow-up action codes (element 889, AAA04) of the
 * ASC X12 005010X279A1 Health Care Eligibility Benefit Inquiry and Response TR3, loops 2100A/2100B/2100C/2100D/2110C,
 * as required for reporting by the CAQH CORE 259 Eligibility & Benefits 270/271 AAA Error Code Reporting Rule
 * v2.1.0 (Phase II). Descriptions are written for the person who fixes the registration, not copied from the TR3.
 */

/** Who has to act on a rejection: registration (the patient's data), setup (provider or enrollment), or nobody yet. */
export type AaaOwner = 'patient' | 'provider' | 'request' | 'payer';

/** What an AAA03 code means for OpenRCM. */
export interface AaaReason {
  /** AAA03 as received. */
  readonly code: string;
  /** A reason a person can act on; never patient data. */
  readonly reason: string;
  /** Whose data or setup is wrong: patient (registration), provider (enrollment, NPI), request (dates, codes), payer. */
  readonly owner: AaaOwner;
  /** `exception` when the payer could not answer now (ask again later), `failure` when it refused the inquiry. */
  readonly outcome: 'failure' | 'exception';
}

type Row = readonly [reason: string, owner: AaaOwner, outcome?: 'exception'];

const REASONS: Readonly<Record<string, Row>> = {
  '04': ['authorized quantity exceeded', 'request'],
  '15': ['required application data missing', 'request'],
  '33': ['input errors in the inquiry', 'request'],
  '41': ['the provider is not authorised to make this inquiry (authorization/access restrictions)', 'provider'],
  '42': ['the payer is unable to respond at the current time', 'payer', 'exception'],
  '43': ['invalid or missing provider identification (NPI)', 'provider'],
  '44': ['invalid or missing provider name', 'provider'],
  '45': ['invalid or missing provider specialty', 'provider'],
  '46': ['invalid or missing provider phone number', 'provider'],
  '47': ['invalid or missing provider state', 'provider'],
  '48': ['invalid or missing referring provider identification', 'provider'],
  '49': ['the provider is not the primary care physician', 'provider'],
  '50': ['the provider is not eligible for inquiries with this payer', 'provider'],
  '51': ['the provider is not on file with the payer', 'provider'],
  '52': ['the service dates are not within the provider plan enrollment', 'provider'],
  '53': ['the inquired benefit is inconsistent with the provider type', 'request'],
  '54': ['inappropriate product/service id qualifier', 'request'],
  '55': ['inappropriate product/service id', 'request'],
  '56': ['inappropriate date', 'request'],
  '57': ['invalid or missing date of service', 'request'],
  '58': ['invalid or missing date of birth', 'patient'],
  '60': ['the date of birth follows the date of service', 'patient'],
  '61': ['the date of death precedes the date of service', 'patient'],
  '62': ['the date of service is not within the allowable inquiry period', 'request'],
  '63': ['the date of service is in the future', 'request'],
  '64': ['invalid or missing patient id', 'patient'],
  '65': ['invalid or missing patient name', 'patient'],
  '66': ['invalid or missing patient gender', 'patient'],
  '67': ['patient not found', 'patient'],
  '68': ['duplicate patient id number', 'patient'],
  '69': ['inconsistent with the patient\'s age', 'patient'],
  '70': ['inconsistent with the patient\'s gender', 'patient'],
  '71': ['the birth date does not match the payer\'s record of the patient', 'patient'],
  '72': ['invalid or missing member id', 'patient'],
  '73': ['invalid or missing subscriber name', 'patient'],
  '74': ['invalid or missing subscriber gender', 'patient'],
  '75': ['subscriber not found', 'patient'],
  '76': ['duplicate subscriber id number', 'patient'],
  '77': ['subscriber found, patient not found', 'patient'],
  '78': ['the subscriber is not in the group or plan identified', 'patient'],
  '79': ['invalid participant identification (the submitter is not known to the payer or clearinghouse)', 'provider'],
  '80': ['no response received: the transaction was terminated', 'payer', 'exception'],
  '97': ['invalid or missing provider address', 'provider'],
  T4: ['payer name or identifier missing', 'request'],
};

const FOLLOW_UP: Readonly<Record<string, string>> = {
  C: 'correct and resubmit',
  N: 'resubmission not allowed',
  P: 'resubmit the original transaction',
  R: 'resubmission allowed',
  S: 'do not resubmit: the payer asked a third party',
  W: 'wait 30 days and resubmit',
  X: 'wait 10 days and resubmit',
  Y: 'do not resubmit: the payer will hand the request over',
};

/**
 * What an AAA03 rejection means, with the AAA04 follow-up action appended when given. An unknown code stays a
 * failure owned by the request, naming the code, so nothing is silently read as coverage.
 */
export function aaaReason(code: string | undefined, followUp?: string): AaaReason {
  const known = code === undefined ? undefined : REASONS[code];
  const [reason, owner, outcome] = known ?? [code ? `rejection code ${code} (not in the X279A1 AAA03 list)` : 'rejected without a reason code', 'request' as const];
  const action = followUp ? FOLLOW_UP[followUp] : undefined;
  return { code: code ?? '', reason: action ? `${reason} (${action})` : reason, owner, outcome: outcome ?? 'failure' };
}
