import { balance835, parseX12, read271, read277, read835, read837P, read999, readTa1, validate837P } from '../../src';
import type { X12Error } from '../../src';
import { allSamples, sample, transactionType } from './samples';

const read: Record<string, Set<string>> = {};
function count(path: string): Buffer {
  const bytes = sample(path);
  (read[transactionType(bytes)] ??= new Set()).add(path);
  return bytes;
}
const errorsOnly = (errors: X12Error[]) => errors.filter((e) => e.severity === 'error');
const brief = (errors: X12Error[]) => errors.map((e) => ({ code: e.code, segmentIndex: e.segmentIndex, elementIndex: e.elementIndex }));

afterAll(() => {
  const lines = Object.entries(read).sort().map(([type, files]) => `  ${type.padEnd(6)} ${files.size} file(s)`);
  console.log(`X12 sample files read per transaction type:\n${lines.join('\n')}`);
});

describe('every sample file is read without a crash', () => {
  it.each(allSamples())('%s', (path) => {
    const bytes = count(path);
    for (const reader of [parseX12, read835, read837P, read999, read277, read271, readTa1, validate837P]) {
      expect(() => reader(bytes)).not.toThrow();
    }
    expect(parseX12(bytes).segmentCount).toBeGreaterThan(3);
  });
});

describe('files no validator flags parse and validate with no error', () => {
  const clean835 = ['835/835_pyx12_mult_loops.x12', '835/835_edi835parser_emedny.x12', '835/835_sd_era_sample.x12', '835/835_sd_tr3_dollars_data_separate.x12',
    '835/835_sd_tr3_dollars_data_together_plb.x12', '835/835_sd_tr3_multiple_claims_single_check.x12', '835/835_sd_tr3_secondary_higher_fee_schedule.x12',
    '835/835_sd_tr3_secondary_payments.x12', 'synthetic/835_synthetic_reversal_correction_plb_wo.x12'];
  it.each(clean835)('835 %s reads cleanly and balances per line, per claim and BPR02 = ΣCLP04 − ΣPLB', (path) => {
    const r = read835(count(path));
    expect(r.errors).toEqual([]);
    expect(r.transactions.length).toBeGreaterThan(0);
    for (const t of r.transactions) {
      expect(t.claims.length).toBeGreaterThan(0);
      expect(balance835(t)).toEqual([]);
    }
  });

  const clean837 = ['837p_sd_tr3_commercial_health_insurance', '837p_sd_tr3_encounter', '837p_sd_tr3_cob_provider_to_payer_a', '837p_sd_tr3_cob_provider_to_payer_b',
    '837p_sd_tr3_cob_payer_a_to_payer_b', '837p_sd_tr3_medicare_secondary_payer_cob', '837p_sd_tr3_chiropractic', '837p_sd_tr3_drug_ndc', '837p_sd_tr3_ppo_repriced',
    '837p_sd_tr3_out_of_network_repriced', '837p_sd_tr3_home_infusion_ndc'].map((f) => `837p/${f}.x12`).concat(['synthetic/837p_injected/00_baseline_valid.x12']);
  it.each(clean837)('837P %s reads and validates with no error (NPI check-digit warnings only)', (path) => {
    const bytes = count(path);
    const report = validate837P(bytes);
    expect(errorsOnly(report.errors)).toEqual([]);
    expect(report.errors.every((e) => e.code === 'NPI_CHECK_DIGIT')).toBe(true);
    expect(report.claims).toBeGreaterThan(0);
    const r = read837P(bytes);
    expect(r.errors).toEqual([]);
    expect(r.transactions.flatMap((b) => b.claims).length).toBe(report.claims);
  });

  it.each(['270_271/271_lfh_subscriber.x12', '270_271/271_lfh_dependent.x12', '270_271/271_sd_tr3_aaa_not_eligible_for_inquiries.x12', '270_271/271_sd_tr3_subscriber_gs08_X279.x12'])(
    '271 %s', (path) => {
      const r = read271(count(path));
      expect(r.errors).toEqual([]);
      expect(r.transactions).toHaveLength(1);
    });

  it.each(['276_277/277_lfh_claim_level.x12', '276_277/277_sd_tr3_claim_response.x12', '276_277/277_sd_tr3_provider_response.x12', '276_277/277_sd_tr3_info_receiver_response.x12'])(
    '277 %s', (path) => {
      const r = read277(count(path));
      expect(r.errors).toEqual([]);
      expect(r.transactions[0]!.entities.length).toBeGreaterThanOrEqual(2);
    });

  it.each(['270_271/270_lfh_subscriber.x12', '270_271/270_lfh_dependent.x12', '270_271/270_sd_tr3_subscriber.x12', '270_271/270_sd_tr3_dependent.x12',
    '276_277/276_lfh_claim_level.x12', '276_277/276_sd_tr3_claim_request.x12', '276_277/276_sd_tr3_provider_request.x12'])('270/276 %s parses with no error', (path) => {
    const doc = parseX12(count(path));
    expect(doc.errors).toEqual([]);
    expect(doc.interchanges[0]!.groups[0]!.transactions).toHaveLength(1);
  });

  it.each(['999/999_ims_rejected.x12', '999/999_sd_tr3_response_to_3_837s_bom.x12'])('999 %s (the BOM file too)', (path) => {
    const r = read999(count(path));
    expect(r.errors).toEqual([]);
    expect(r.transactions[0]!.transactions.length).toBeGreaterThan(0);
  });

  it('the 999 with a BOM gives partial acceptance with the CLM01 contexts', () => {
    const ack = read999(count('999/999_sd_tr3_response_to_3_837s_bom.x12')).transactions[0]!;
    expect(ack.groupStatusLabel).toBe('partially-accepted');
    expect(ack.transactions.map((t) => [t.status, t.claimIds])).toEqual([['A', []], ['R', ['123456789']], ['R', ['987654321']]]);
  });
});

type Expected = { code: string; segmentIndex: number; elementIndex?: number };
const failures: [string, 'read835' | 'validate837P' | 'read271' | 'read277' | 'read999', Expected[]][] = [
  ['835/835_lfh_medicare_part_a_plb.x12', 'read835', [
    { code: 'MISSING_SEGMENT', segmentIndex: 6 }, { code: 'ELEMENT_NOT_USED', segmentIndex: 12, elementIndex: 9 }, { code: 'ELEMENT_NOT_USED', segmentIndex: 12, elementIndex: 11 },
    { code: 'ELEMENT_NOT_USED', segmentIndex: 22, elementIndex: 9 }]],
  ['835/835_lfh_managed_care.x12', 'read835', [{ code: 'INVALID_DATE', segmentIndex: 3, elementIndex: 16 }, { code: 'MISSING_SEGMENT', segmentIndex: 6 }]],
  ['835/835_lfh_cob_contractual_adjustment.x12', 'read835', [
    { code: 'MISSING_ELEMENT', segmentIndex: 3, elementIndex: 16 }, { code: 'MISSING_SEGMENT', segmentIndex: 7 }, { code: 'MISSING_ELEMENT', segmentIndex: 20, elementIndex: 1 }]],
  ['835/835_edi835parser_bcbsnc_no_envelope.x12', 'read835', [{ code: 'MISSING_ISA', segmentIndex: 0 }]],
  ['837p/837p_ims_valid.x12', 'validate837P', [
    { code: 'INVALID_COMPOSITE', segmentIndex: 22, elementIndex: 1 }, { code: 'HL_PARENT_NOT_FOUND', segmentIndex: 26, elementIndex: 2 },
    { code: 'LX_OUT_OF_SEQUENCE', segmentIndex: 32, elementIndex: 1 }, { code: 'SE01_COUNT_MISMATCH', segmentIndex: 35, elementIndex: 1 }]],
  ['837p/837p_ims_different_separators.x12', 'validate837P', [{ code: 'INVALID_COMPOSITE', segmentIndex: 22, elementIndex: 1 }, { code: 'SE01_COUNT_MISMATCH', segmentIndex: 35, elementIndex: 1 }]],
  ['837p/837p_ims_complex.x12', 'validate837P', [{ code: 'INVALID_COMPOSITE', segmentIndex: 27, elementIndex: 1 }]],
  ['837p/837p_ims_many_claims.x12', 'validate837P', [{ code: 'INVALID_COMPOSITE', segmentIndex: 22, elementIndex: 1 }]],
  ['837p/837p_ims_multiple_transactions.x12', 'validate837P', [{ code: 'INVALID_COMPOSITE', segmentIndex: 22, elementIndex: 1 }]],
  ['837p/837p_ims_multiple_gs.x12', 'validate837P', [{ code: 'IEA01_COUNT_MISMATCH', segmentIndex: 109, elementIndex: 1 }]],
  ['837p/837p_ims_multiple_isa.x12', 'validate837P', [{ code: 'SE01_COUNT_MISMATCH', segmentIndex: 73, elementIndex: 1 }]],
  ['837p/negative/837p_ims_bad_valid_code.x12', 'validate837P', [{ code: 'INVALID_CODE', segmentIndex: 8, elementIndex: 1 }, { code: 'MISSING_SEGMENT', segmentIndex: 7 }]],
  ['837p/negative/837p_ims_missing_elements.x12', 'validate837P', [
    { code: 'MISSING_ELEMENT', segmentIndex: 6, elementIndex: 2 }, { code: 'MISSING_ELEMENT', segmentIndex: 30, elementIndex: 5 }, { code: 'INVALID_POINTER', segmentIndex: 24, elementIndex: 7 }]],
  ['837p/negative/837p_ims_segments_out_of_order.x12', 'validate837P', [{ code: 'SEGMENT_OUT_OF_ORDER', segmentIndex: 11 }, { code: 'SEGMENT_OUT_OF_ORDER', segmentIndex: 16 }]],
  ['837p/negative/837p_ims_missing_loops.x12', 'validate837P', [{ code: 'MISSING_SEGMENT', segmentIndex: 7 }]],
  ['837p/negative/837p_ims_bad_segment_identifier.x12', 'validate837P', [
    { code: 'INVALID_SEGMENT_ID', segmentIndex: 5 }, { code: 'INVALID_SEGMENT_ID', segmentIndex: 10 }, { code: 'INVALID_SEGMENT_ID', segmentIndex: 19 }]],
  ['270_271/271_ims_x271.x12', 'read271', [{ code: 'ST03_GS08_MISMATCH', segmentIndex: 2, elementIndex: 3 }]],
  ['270_271/271_lfh_subscriber_aaa_error.x12', 'read271', [{ code: 'SE02_MISMATCH', segmentIndex: 9, elementIndex: 2 }]],
  ['270_271/271_nodex12.x12', 'read271', [{ code: 'GS01_MISMATCH', segmentIndex: 2, elementIndex: 1 }]],
  ['276_277/277_ims_x212.x12', 'read277', [{ code: 'ELEMENT_NOT_USED', segmentIndex: 13, elementIndex: 3 }, { code: 'ELEMENT_NOT_USED', segmentIndex: 13, elementIndex: 12 }, { code: 'IEA02_MISMATCH', segmentIndex: 110, elementIndex: 2 }]],
  ['276_277/277_sd_unsolicited_status_iea_mismatch.x12', 'read277', [{ code: 'IEA02_MISMATCH', segmentIndex: 19, elementIndex: 2 }]],
  ['277ca/277ca_ims_accepted.x12', 'read277', [{ code: 'MISSING_SEGMENT', segmentIndex: 15 }, { code: 'DATE_OUT_OF_RANGE', segmentIndex: 23, elementIndex: 3 }]],
  ['999/999_ims_accepted.x12', 'read999', [{ code: 'INVALID_TIME', segmentIndex: 1, elementIndex: 5 }, { code: 'IEA02_MISMATCH', segmentIndex: 9, elementIndex: 2 }]],
];
const readers = { read835, validate837P, read271, read277, read999 };

describe('files marked Failure: the named defects are reported with their position', () => {
  it.each(failures)('%s', (path, reader, expected) => {
    const errors = readers[reader](count(path)).errors;
    expect(brief(errorsOnly(errors))).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
  });

  it('X222A2 files (no pyx12 map, unknown to stupidedi) get a version warning and no error', () => {
    for (const path of ['837p/837p_lfh_tr3_example1_commercial.x12', '837p/837p_lfh_auto_accident.x12']) {
      const report = validate837P(count(path));
      expect(errorsOnly(report.errors)).toEqual([]);
      expect(report.errors[0]).toMatchObject({ code: 'VERSION_NOT_SUPPORTED', segmentIndex: 2, elementIndex: 3, severity: 'warning' });
    }
  });

  it('code-value defects this package does not check (see README) are not reported', () => {
    expect(errorsOnly(read835(count('835/835_edi835parser_uhc.x12')).errors)).toEqual([]);
    expect(errorsOnly(validate837P(count('837p/837p_sd_tr3_oxygen_pwk02_AD.x12')).errors)).toEqual([]);
    expect(errorsOnly(validate837P(count('837p/837p_sd_tr3_wheelchair_pwk02_AD.x12')).errors)).toEqual([]);
    expect(errorsOnly(read277(count('276_277/277_lfh_provider_level.x12')).errors)).toEqual([]);
  });
});

describe('synthetic/837p_injected: every defect pyx12 flags, plus NPI check digit and CLM02 ≠ ΣSV102', () => {
  const injected: [string, Expected & { severity?: string }][] = [
    ['01_missing_nm1_85_billing_provider', { code: 'MISSING_SEGMENT', segmentIndex: 7 }],
    ['02_se01_count_off_by_one', { code: 'SE01_COUNT_MISMATCH', segmentIndex: 43, elementIndex: 1 }],
    ['03_invalid_date_dtp03', { code: 'INVALID_DATE', segmentIndex: 33, elementIndex: 3 }],
    ['04_invalid_code_sbr09', { code: 'INVALID_CODE', segmentIndex: 17, elementIndex: 9 }],
    ['05_invalid_pos_clm05', { code: 'INVALID_CODE', segmentIndex: 28, elementIndex: 5 }],
    ['06_missing_nm108_nm109_subscriber', { code: 'MISSING_ELEMENT', segmentIndex: 18, elementIndex: 8 }],
    ['07_hl_parent_points_to_wrong_level', { code: 'HL_PARENT_INVALID', segmentIndex: 22, elementIndex: 2 }],
    ['08_npi_bad_check_digit', { code: 'NPI_CHECK_DIGIT', segmentIndex: 9, elementIndex: 9, severity: 'warning' }],
    ['09_clm02_not_sum_of_sv102', { code: 'CLAIM_CHARGE_MISMATCH', segmentIndex: 28, elementIndex: 2 }],
    ['10_missing_required_segment_dmg_patient', { code: 'MISSING_SEGMENT', segmentIndex: 22 }],
    ['11_element_too_long_clm01', { code: 'ELEMENT_TOO_LONG', segmentIndex: 28, elementIndex: 1 }],
    ['12_lx_out_of_sequence', { code: 'LX_OUT_OF_SEQUENCE', segmentIndex: 34, elementIndex: 1 }],
  ];
  it.each(injected)('%s', (name, expected) => {
    const report = validate837P(count(`synthetic/837p_injected/${name}.x12`));
    expect(report.errors).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', ...expected })]));
    if (expected.severity !== 'warning') expect(report.valid).toBe(false);
  });

  it('08: the injected NPI fails its check digit as an error when asked (the baseline NPI 9876543210 fails it too)', () => {
    const report = validate837P(count('synthetic/837p_injected/08_npi_bad_check_digit.x12'), { npiCheckDigit: 'error' });
    expect(brief(errorsOnly(report.errors))).toEqual([{ code: 'NPI_CHECK_DIGIT', segmentIndex: 9, elementIndex: 9 }]);
  });

  it.each(['999_pyx12_ack_for_01_missing_nm1_85_billing_provider', '999_pyx12_ack_for_04_invalid_code_sbr09', '999_pyx12_ack_for_06_missing_nm108_nm109_subscriber'])(
    'the 999 pyx12 wrote (%s) is read as a rejection with its IK3', (name) => {
      const r = read999(count(`synthetic/999_from_pyx12/${name}.x12`));
      expect(errorsOnly(r.errors)).toEqual([]);
      const t = r.transactions[0]!.transactions[0]!;
      expect(t.statusLabel).toBe('rejected');
      expect(t.segmentErrors.length).toBeGreaterThan(0);
    });
});
