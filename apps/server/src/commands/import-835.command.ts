import { createAppContext, OperatorScope, OrganizationService, RemittanceIngestion, RemittanceService, type RemittancePosting, type RemittanceWarning } from '@openrcm/core';
import type { RequestContext } from '@openrcm/sdk';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { toCoreConfig, type LoadedConfig } from '../config/load-config';
import type { CommandOutput } from './command-output';
import { dollars } from './text-table';

/** The options of `openrcm import 835`. */
export interface Import835Options {
  readonly org?: string;
  readonly json?: boolean;
}

/** A claim payment the check left in the unmatched queue. */
export interface UnmatchedClaimPayment {
  /** The CLP's position in the check (1-based). */
  readonly position: number;
  readonly patientControlNumber: string;
  readonly paymentCents: number;
  readonly reason: string;
}

/** What `openrcm import 835` reports for one check (one 835 transaction). */
export interface CheckReport {
  readonly outcome: RemittancePosting['outcome'];
  readonly remittanceId: string;
  readonly traceNumber: string;
  readonly payerName: string;
  /** BPR02 of the check, in cents. */
  readonly paymentCents: number;
  /** Claim payments (CLPs) posted to claims by this run (0 for a duplicate). */
  readonly claimPayments: number;
  readonly unmatched: readonly UnmatchedClaimPayment[];
  readonly warnings: readonly RemittanceWarning[];
}

/** What `openrcm import 835 --json` prints. */
export interface Import835Report {
  readonly organizationId: string;
  readonly fileId: string;
  readonly alreadyArchived: boolean;
  readonly checks: readonly CheckReport[];
}

/**
 * Posts an 835 file into the organization named by `--org` (or the only one), as the system actor `cli:<user>`,
 * through the same engine as an upload (archived with its hash as plugin `cli`, one transaction per check), and prints
 * each check: trace, payer, amount, claim payments posted, the claim payments left unmatched with the reason, a
 * duplicate, and the warnings. Returns the exit code: 0 when every check posted or was a duplicate, 2 when a claim
 * payment went to the unmatched queue. A file refused (X12 errors, a check that does not balance) throws, and the
 * command line exits 1 with the reasons.
 */
export async function runImport835(loaded: LoadedConfig, file: string, options: Import835Options, output: CommandOutput): Promise<number> {
  const app = await createAppContext(toCoreConfig({ ...loaded.config, logLevel: 'warn' }, false));
  try {
    const organization = await app.get(OrganizationService).resolveForCli(options.org);
    const context: RequestContext = { organizationId: organization.id, actor: { type: 'system', id: `cli:${userInfo().username}` }, roles: ['admin'], correlationId: randomUUID() };
    const content = await readFile(file, 'utf8');
    const report = await app.get(OperatorScope).run(context, async (): Promise<Import835Report> => {
      const result = await app.get(RemittanceIngestion).ingest(context, content, { fileName: basename(file), pluginId: 'cli' });
      const remittances = app.get(RemittanceService);
      const checks: CheckReport[] = [];
      for (const posting of result.postings) {
        const { remittance, unmatched } = await remittances.withUnmatched(context, posting.remittanceId);
        checks.push({
          outcome: posting.outcome,
          remittanceId: posting.remittanceId,
          traceNumber: posting.traceNumber,
          payerName: remittance.payerName,
          paymentCents: posting.paymentCents,
          claimPayments: posting.claimPayments,
          // A duplicate changed nothing: what the earlier posting left unmatched is not this run's.
          unmatched: posting.outcome === 'posted' ? unmatched.map((claim) => ({ position: claim.position, patientControlNumber: claim.patientControlNumber, paymentCents: claim.paymentCents, reason: claim.unmatchedReason ?? '' })) : [],
          warnings: posting.warnings,
        });
      }
      return { organizationId: organization.id, fileId: result.fileId, alreadyArchived: result.alreadyArchived, checks };
    });
    if (options.json) output.info(JSON.stringify(report, null, 2));
    else printReport(report, `${organization.name} from ${file}`, output);
    return report.checks.some((check) => check.unmatched.length > 0) ? 2 : 0;
  } finally {
    await app.close();
  }
}

function printReport(report: Import835Report, where: string, output: CommandOutput): void {
  const posted = report.checks.filter((check) => check.outcome === 'posted').length;
  output.info(`posted the 835 into ${where}${report.alreadyArchived ? ' (this file was archived before)' : ''}:`);
  output.info(`  ${report.checks.length} checks in the file: ${posted} posted, ${report.checks.length - posted} duplicates`);
  for (const check of report.checks) {
    output.info(`  check ${check.traceNumber} from ${check.payerName}, ${dollars(check.paymentCents)}:`);
    if (check.outcome === 'duplicate') {
      output.info(`    duplicate: this payment was posted before (remittance ${check.remittanceId}); nothing changed`);
      continue;
    }
    output.info(`    ${check.claimPayments} claim payments posted, ${check.unmatched.length} unmatched (remittance ${check.remittanceId})`);
    for (const claim of check.unmatched) output.info(`    unmatched CLP #${claim.position} ${claim.patientControlNumber} (${dollars(claim.paymentCents)}): ${claim.reason}`);
    for (const warning of check.warnings) output.info(`    warning ${warning.code}: ${warning.message}`);
  }
}
