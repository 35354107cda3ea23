import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { INestApplication } from '@nestjs/common';
import type { RequestContext } from '@openrcm/sdk';
import { read835, type Remittance835 } from '@openrcm/x12';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInAuditScope } from '../../src/audit/audit-scope';
import { OpenArImportService } from '../../src/conversion/open-ar-import.service';
import { CoverageService } from '../../src/coverages/coverage.service';
import { verifyLedger } from '../../src/ledger/ledger.verifier';
import { OrganizationService } from '../../src/organizations/organization.service';
import { Payer } from '../../src/payers/payer.entity';
import { PayerService } from '../../src/payers/payer.service';
import { RemittanceIngestion } from '../../src/remittance/remittance-ingestion.service';
import type { RemittancePosting } from '../../src/remittance/remittance.poster';
import { claimsFor835 } from '../support/claims-for-835';
import { startTestServer, testConfig } from '../support/test-app';

const SAMPLES = join(__dirname, '../../../../../shared/x12-samples');
const SOURCES = join(SAMPLES, 'SOURCES.md');

/** The 835 rows of SOURCES.md (the 835 table and the synthetic one) with the two validators' verdicts. */
function sampleRows(): { file: string; pyx12: string; stupidedi: string }[] {
  return readFileSync(SOURCES, 'utf8').split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => /^`(835\/|synthetic\/835_)[^`]+`$/.test(cells[1] ?? ''))
    .map((cells) => {
      const file = (cells[1] as string).slice(1, -1);
      // The 835 table: file | source | licence | exercises | pyx12 | stupidedi; the synthetic one: file | what | pyx12 | stupidedi.
      const [pyx12, stupidedi] = file.startsWith('synthetic/') ? [cells[3], cells[4]] : [cells[5], cells[6]];
      return { file, pyx12: pyx12 ?? '', stupidedi: stupidedi ?? '' };
    });
}

const isClean = (row: { pyx12: string; stupidedi: string }) => ['OK', 'no map'].includes(row.pyx12) && row.stupidedi === 'OK';

/** The files a validator flags, skipped, with why (SOURCES.md). */
const FLAGGED: Record<string, string> = {
  '835/835_lfh_medicare_part_a_plb.x12': 'transcription defects: PER*BL missing, TS3 elements shifted (clean version: 835_sd_tr3_dollars_data_together_plb)',
  '835/835_lfh_managed_care.x12': 'BPR16 is the invalid date 20002316, PER*BL missing',
  '835/835_lfh_cob_contractual_adjustment.x12': 'SVC uses ">" as component separator while ISA16 is ":", so SVC01 cannot be read; BPR16 and PER*BL missing',
  '835/835_edi835parser_uhc.x12': 'pyx12 flags N402 "NP" (a fake state)',
  '835/835_edi835parser_bcbsnc_no_envelope.x12': 'ST..SE only, no ISA/GS envelope: both validators reject it',
};

/** What posting each clean file must do beyond the rules every file follows (no unmatched payment, a clean ledger, cash = BPR02). */
interface Expected {
  /** Files posted first in the same organization (the payment a reversal undoes). */
  readonly after?: readonly string[];
  /** Claim payments that must wait in the unmatched queue, with the reason. */
  readonly unmatched?: { readonly count: number; readonly reason: string };
  /** Claim payments that reverse an earlier one (CLP02 22). */
  readonly reversals?: number;
  /** PLB amounts taken from a claim (WO recoupments). */
  readonly recoupments?: number;
}

const EXPECTED: Record<string, Expected> = {
  '835/835_pyx12_mult_loops.x12': {},
  '835/835_edi835parser_emedny.x12': {
    // De-identified: every CLP01 is the placeholder "PATIENT ACCOUNT NUMBER", 22 characters. No OpenRCM claim can
    // carry it (CLM01 is at most 20 characters; the conversion refuses a longer one), so its three payments wait in
    // the unmatched queue with the reason, and the verifier counts them in the check's total.
    unmatched: { count: 3, reason: 'no claim has patient control number (CLP01) PATIENT ACCOUNT NUMBER' },
  },
  '835/835_sd_tr3_dollars_data_together_plb.x12': {},
  '835/835_sd_tr3_dollars_data_separate.x12': {},
  '835/835_sd_tr3_multiple_claims_single_check.x12': {},
  '835/835_sd_era_sample.x12': {},
  '835/835_sd_tr3_secondary_payments.x12': {},
  '835/835_sd_tr3_secondary_higher_fee_schedule.x12': {},
  'synthetic/835_synthetic_reversal_correction_plb_wo.x12': { after: ['835/835_sd_tr3_dollars_data_separate.x12'], reversals: 1, recoupments: 1 },
};

/**
 * Issue #9 acceptance: every 835 sample no validator flags posts. For each file, in an organization of its own, the
 * claims it pays are registered through the open A/R conversion of a generated 837P (CLM01 = CLP01, lines as the
 * SVCs state them; a claim the payer processed as secondary gets the payer as the patient's secondary coverage), the
 * 835 is posted through `RemittanceIngestion` as an upload would be, and: no claim payment is unmatched, the ledger
 * verifies, and the cash posted from the check (payment entries and PLB entries, ledger.verifier.ts
 * `remittance-posted-total`) equals BPR02.
 */
describe('835 samples post to the cent', () => {
  let app: INestApplication;
  let interchange = 500;

  beforeAll(async () => {
    if (!existsSync(SOURCES)) throw new Error(`${SOURCES} is missing: the conformance suite needs ../shared beside the repository`);
    app = await startTestServer(await testConfig({ useRedis: false }));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('finds exactly the clean 835 files this suite expects, and skips the flagged ones for the reasons listed', () => {
    const rows = sampleRows();
    expect(rows.filter(isClean).map((row) => row.file).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(rows.filter((row) => !isClean(row)).map((row) => row.file).sort()).toEqual(Object.keys(FLAGGED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s posts: every claim payment matched (or the expected ones waiting), the ledger verifies, cash posted = BPR02', async (file, expected) => {
    const organization = await app.get(OrganizationService).create({ actor: { type: 'system', id: 'conformance' }, roles: [], correlationId: 'conformance' }, { name: `835 ${file}`, timeZone: 'America/New_York' });
    const context: RequestContext = { organizationId: organization.id, actor: { type: 'system', id: 'conformance' }, roles: ['admin'], correlationId: `conformance-${file}` };
    const files = [...(expected.after ?? []), file];
    const texts = files.map((name) => readFileSync(join(SAMPLES, name), 'utf8'));
    const remittances = texts.map((text) => read835(text).transactions);
    await registerClaims(context, remittances.flat());

    const postings: RemittancePosting[][] = [];
    for (const [index, text] of texts.entries()) {
      const result = await runInAuditScope(context, null, () => app.get(RemittanceIngestion).ingest(context, text, { fileName: files[index] as string, pluginId: 'upload' }));
      postings.push([...result.postings]);
    }
    const posted = postings[postings.length - 1] as RemittancePosting[];
    const stated = remittances[remittances.length - 1] as Remittance835[];
    expect(posted.map((posting) => posting.outcome)).toEqual(stated.map(() => 'posted'));
    expect(postings.flat().every((posting) => posting.outcome === 'posted')).toBe(true);

    const em = app.get(MikroORM).em.fork() as EntityManager;
    const unmatched = await em.execute<{ remittance_id: string; payment_cents: string; unmatched_reason: string }[]>(
      `select remittance_id, payment_cents::text as payment_cents, unmatched_reason from remittance_claim where organization_id = ? and match = 'unmatched'`,
      [organization.id],
    );
    expect(unmatched.length).toBe(expected.unmatched?.count ?? 0);
    for (const row of unmatched) expect(row.unmatched_reason).toBe(expected.unmatched?.reason);

    const verification = await verifyLedger(em, organization.id);
    expect(verification.violations).toEqual([]);

    for (const [index, posting] of posted.entries()) {
      const remittance = stated[index] as Remittance835;
      const bpr02 = remittance.payment.creditDebit === 'D' ? -remittance.payment.amountCents : remittance.payment.amountCents;
      const held = unmatched.filter((row) => row.remittance_id === posting.remittanceId).reduce((sum, row) => sum + Number(row.payment_cents), 0);
      expect(await cashPosted(em, organization.id, posting.remittanceId)).toBe(bpr02 - held);
      expect(posting.paymentCents).toBe(bpr02);
      expect(posting.warnings.map((warning) => warning.code)).not.toEqual(expect.arrayContaining(['REVERSAL_WITHOUT_ORIGINAL']));
      expect(posting.warnings.map((warning) => warning.code)).not.toEqual(expect.arrayContaining(['CLAIM_UNBALANCED']));
    }
    const [counts] = await em.execute<{ reversals: string; recoupments: string }[]>(
      `select (select count(*) from remittance_claim where organization_id = ? and reverses_remittance_claim_id is not null)::text as reversals,
              (select count(*) from provider_adjustment where organization_id = ? and disposition = 'recoupment')::text as recoupments`,
      [organization.id, organization.id],
    );
    expect({ reversals: Number(counts?.reversals), recoupments: Number(counts?.recoupments) }).toEqual({ reversals: expected.reversals ?? 0, recoupments: expected.recoupments ?? 0 });
  }, 120_000);

  /** Converts the claims the remittances pay and gives the secondary-processed ones their secondary coverage. */
  async function registerClaims(context: RequestContext, remittances: readonly Remittance835[]): Promise<void> {
    interchange += 1;
    const claims = claimsFor835(remittances, interchange);
    if (claims.x12) {
      const result = await runInAuditScope(context, null, () => app.get(OpenArImportService).import(context, claims.x12 as string));
      expect(result.claims.filter((claim) => claim.outcome !== 'imported')).toEqual([]);
    }
    for (const claim of claims.secondary) {
      const em = app.get(MikroORM).em.fork();
      const payer = (await em.findOne(Payer, { organizationId: context.organizationId, payerId: claim.payer.id })) ??
        (await app.get(PayerService).create(context, { name: claim.payer.name, payerId: claim.payer.id, claimFilingIndicator: 'CI' }));
      const [row] = await em.getConnection().execute<{ patient_id: string }[]>(`select patient_id from claim where organization_id = ? and patient_control_number = ?`, [context.organizationId, claim.patientControlNumber]);
      await runInAuditScope(context, null, () =>
        app.get(CoverageService).add(context, row?.patient_id as string, { payerRecordId: payer.id, order: 'secondary', subscriberRelationship: '18', memberId: claim.memberId, effectiveFrom: claim.from }),
      );
    }
  }
});

/** The money posted from a remittance: its payment, interest and provider-adjustment entries, reversals of those included (what reaches the bank). */
async function cashPosted(em: EntityManager, organizationId: string, remittanceId: string): Promise<number> {
  const [row] = await em.execute<{ total: string | null }[]>(
    `select sum(e.amount_cents)::text as total from ledger_entry e left join ledger_entry o on o.id = e.reverses_entry_id
      where e.organization_id = ? and e.source_id = ? and coalesce(o.kind, e.kind) in ('payment', 'interest', 'provider-adjustment')`,
    [organizationId, remittanceId],
  );
  return 0 - Number(row?.total ?? 0);
}
