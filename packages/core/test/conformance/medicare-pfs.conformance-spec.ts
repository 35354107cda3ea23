import type { INestApplication } from '@nestjs/common';
import Decimal from 'decimal.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MedicarePfsImporter } from '../../src/medicare-pfs/medicare-pfs.importer';
import { MedicarePfsPricer } from '../../src/medicare-pfs/medicare-pfs.pricer';
import { startTestServer, testConfig } from '../support/test-app';

const REFERENCE = join(__dirname, '../../../../../shared/reference');
const RVU_FILE = join(REFERENCE, 'pprrvu25-jan-hcpcs-level2-only.derived.csv');
const GPCI_FILE = join(REFERENCE, 'GPCI2025.csv');

/** The test's own reading of a CSV line (quotes around fields with commas), independent of the importer's. */
function cells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"([^"]*)"|([^,]*))/g)].map((match) => (match[1] ?? match[2] ?? '').trim());
}

/** The raw row of `code` (and modifier) in the RVU file, by its header's column names. */
function rvuRow(code: string, modifier = ''): Record<string, string> {
  const lines = readFileSync(RVU_FILE, 'utf8').split(/\r?\n/);
  const header = cells(lines.find((line) => line.startsWith('HCPCS,')) as string);
  const line = lines.find((candidate) => candidate.startsWith(`${code},${modifier},`));
  if (!line) throw new Error(`${code} ${modifier} is not in ${RVU_FILE}`);
  const values = cells(line);
  return Object.fromEntries(header.map((name, index) => [name, values[index] as string]));
}

/** The raw GPCIs of a locality in the GPCI file (MAC and locality as the file writes them, unpadded). */
function gpciRow(mac: string, locality: string): { work: string; pe: string; mp: string } {
  const line = readFileSync(GPCI_FILE, 'utf8')
    .split(/\r?\n/)
    .find((candidate) => candidate.startsWith(`${mac},`) && cells(candidate)[2] === locality);
  if (!line) throw new Error(`locality ${mac}/${locality} is not in ${GPCI_FILE}`);
  const [, , , , work, pe, mp] = cells(line) as string[];
  return { work: work as string, pe: pe as string, mp: mp as string };
}

/** DOMAIN.md: [(work RVU × work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × CF, decimal, half-up to the cent. */
function expectedCents(row: Record<string, string>, gpci: { work: string; pe: string; mp: string }, facility: boolean): number {
  const pe = facility ? row['FACILITY PE RVU'] : row['NON-FAC PE RVU'];
  const sum = new Decimal(row['WORK RVU'] as string)
    .times(gpci.work)
    .plus(new Decimal(pe as string).times(gpci.pe))
    .plus(new Decimal(row['MP RVU'] as string).times(gpci.mp));
  return sum
    .times(row['CONV FACTOR'] as string)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .times(100)
    .toNumber();
}

describe('Medicare PFS pricing against the CMS 2025 files (../shared/reference)', () => {
  let app: INestApplication;
  let pricer: MedicarePfsPricer;

  beforeAll(async () => {
    for (const file of [RVU_FILE, GPCI_FILE]) {
      if (!existsSync(file)) throw new Error(`${file} is missing: the conformance suite needs ../shared beside the repository`);
    }
    app = await startTestServer(await testConfig({ useRedis: false }));
    const importer = app.get(MedicarePfsImporter);
    expect(await importer.importRvuFile(RVU_FILE, { year: 2025, importedBy: 'conformance' })).toEqual({ kind: 'rvu', year: 2025, effectiveFrom: '2025-01-01', rows: 5021, replaced: 0 });
    expect(await importer.importGpciFile(GPCI_FILE, { year: 2025, importedBy: 'conformance' })).toEqual({ kind: 'gpci', year: 2025, effectiveFrom: '2025-01-01', rows: 109, replaced: 0 });
    pricer = app.get(MedicarePfsPricer);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const localities = [
    { mac: '10112', locality: '0', name: 'ALABAMA' },
    { mac: '1182', locality: '18', name: 'LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES/ORANGE CNTY)' },
  ];
  const settings = [
    { placeOfService: '11', facility: false },
    { placeOfService: '22', facility: true },
  ];

  describe.each(localities)('G0011 in locality $mac/$locality', (locality) => {
    it.each(settings)('equals the DOMAIN.md formula to the cent at place of service $placeOfService', async ({ placeOfService, facility }) => {
      const row = rvuRow('G0011');
      expect(row['STATUS CODE']).toBe('A');
      expect(new Decimal(row['WORK RVU'] as string).isZero()).toBe(false);
      const price = await pricer.price({ code: 'G0011', locality: { mac: locality.mac, locality: locality.locality }, placeOfService, dateOfService: '2025-06-15' });
      if (!price.priced) throw new Error(price.message);
      expect(price.allowedCents).toBe(expectedCents(row, gpciRow(locality.mac, locality.locality), facility));
      expect(price.facility).toBe(facility);
      expect(price.gpcis.localityName).toBe(locality.name);
      expect(price.conversionFactor).toBe('32.3465');
    });
  });

  it('matches the amounts worked out by hand', async () => {
    const at = (mac: string, placeOfService: string) => pricer.price({ code: 'G0011', locality: { mac, locality: mac === '10112' ? '00' : '18' }, placeOfService, dateOfService: '2025-06-15' });
    // Alabama, office: (0.45 × 1) + (0.33 × 0.869) + (0.04 × 0.575) = 0.75977; × 32.3465 = 24.575900305 → 24.58
    expect(await at('10112', '11')).toMatchObject({ allowedCents: 2458, exactAmount: '24.575900305' });
    // Los Angeles, outpatient hospital: (0.45 × 1.042) + (0.25 × 1.194) + (0.04 × 0.69) = 0.4689 + 0.2985 + 0.0276 = 0.795;
    // × 32.3465 = 25.7154675 → 25.72
    expect(await at('01182', '22')).toMatchObject({ allowedCents: 2572, exactAmount: '25.7154675' });
  });

  it('prices the professional component of G0130 and refuses what the PFS does not pay, saying why', async () => {
    const alabama = { mac: '10112', locality: '00' };
    const professional = await pricer.price({ code: 'G0130', modifier: '26', locality: alabama, placeOfService: '22', dateOfService: '2025-03-01' });
    expect(professional).toMatchObject({ priced: true, modifier: '26', allowedCents: expectedCents(rvuRow('G0130', '26'), gpciRow('10112', '0'), true) });
    expect(await pricer.price({ code: 'G0130', locality: alabama, placeOfService: '22', dateOfService: '2025-03-01' })).toMatchObject({
      priced: false,
      reason: 'not-applicable-in-setting',
      message: 'the facility PE RVU of G0130 is NA: the PFS does not pay it in a facility setting',
    });
    expect(await pricer.price({ code: 'A0021', locality: alabama, placeOfService: '11', dateOfService: '2025-03-01' })).toMatchObject({ priced: false, reason: 'status-not-payable', statusCode: 'I' });
    expect(await pricer.price({ code: 'G0011', modifier: 'TC', locality: alabama, placeOfService: '11', dateOfService: '2025-03-01' })).toMatchObject({ priced: false, reason: 'no-component-row' });
    await expect(pricer.price({ code: 'G0011', locality: alabama, placeOfService: '11', dateOfService: '2026-03-01' })).rejects.toThrow('no Medicare RVU (PPRRVU) file for 2026');
    await expect(pricer.price({ code: 'G0011', locality: { mac: '10112', locality: '99' }, placeOfService: '11', dateOfService: '2025-03-01' })).rejects.toThrow();
  });
});
