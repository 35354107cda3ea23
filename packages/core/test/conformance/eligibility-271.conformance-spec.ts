import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EligibilityBenefits, OperationResult } from '@openrcm/sdk';
import { read271 } from '@openrcm/x12';
import { map271ToBenefits } from '../../src/eligibility/x12';

const SAMPLES = join(__dirname, '../../../../../shared/x12-samples');
const SOURCES = join(SAMPLES, 'SOURCES.md');

/**
 * The 271 files of SOURCES.md that no validator flags: pyx12 either OK or without a map for 271, and stupidedi OK.
 * Read from the table itself so that a file added to the corpus is mapped (and must be expected below).
 */
function clean271Files(): string[] {
  return readFileSync(SOURCES, 'utf8').split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => /^`270_271\/271_[^`]+`$/.test(cells[1] ?? ''))
    .filter((cells) => ['OK', 'no map'].includes(cells[5] ?? '') && cells[6] === 'OK')
    .map((cells) => (cells[1] as string).slice(1, -1));
}

type Expected = Partial<Record<'status' | 'code' | 'active' | 'planBeginDate' | 'planName' | 'copayCents', unknown>>;

/** The test's own reading of each file (office visit, service type 98). */
const EXPECTED: Record<string, Expected> = {
  '270_271/271_lfh_subscriber.x12': { status: 'SUCCESS', active: true, planBeginDate: '2006-01-01', planName: 'GOLD 123 PLAN', copayCents: 1000 },
  '270_271/271_lfh_dependent.x12': { status: 'SUCCESS', active: true, planBeginDate: '2006-01-01', planName: 'GOLD 123 PLAN', copayCents: 1000 },
  '270_271/271_sd_tr3_subscriber_gs08_X279.x12': { status: 'SUCCESS', active: true, planBeginDate: '2006-01-01', planName: 'GOLD 123 PLAN', copayCents: 1000 },
  '270_271/271_sd_tr3_aaa_not_eligible_for_inquiries.x12': { status: 'FAILURE', code: 'AAA-50' },
};

function observed(result: OperationResult<EligibilityBenefits>): Expected {
  if (result.status === 'SUCCESS') {
    const { active, planBeginDate, planName, copayCents } = result.value;
    return { status: result.status, active, planBeginDate, planName, copayCents };
  }
  if (result.status === 'FAILURE') return { status: result.status, code: result.code };
  return { status: result.status };
}

describe('271 samples map to OpenRCM benefits', () => {
  beforeAll(() => {
    if (!existsSync(SOURCES)) throw new Error(`${SOURCES} is missing: the conformance suite needs ../shared beside the repository`);
  });

  it('finds exactly the clean 271 files this suite expects', () => {
    expect(clean271Files().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s maps without exception to what the file states', (file, expected) => {
    const text = readFileSync(join(SAMPLES, file), 'utf8');
    const { transactions, errors } = read271(text);
    expect(errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(transactions).toHaveLength(1);
    const result = map271ToBenefits(transactions[0]!, { raw: text, serviceTypeCode: '98' });
    expect(observed(result)).toEqual(expected);
    if (result.status === 'FAILURE') expect(result.reason).toBe('the payer rejected the inquiry: the provider is not eligible for inquiries with this payer (resubmission not allowed)');
    if (result.status === 'SUCCESS') expect(result.value.raw).toBe(text);
  });
});
