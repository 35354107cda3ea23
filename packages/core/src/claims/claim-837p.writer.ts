import { MikroORM } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError, type RequestContext } from '@openrcm/sdk';
import { build837P, InMemoryControlNumberSequence, X12BuildError, type ControlNumberSequence, type EnvelopeOptions } from '@openrcm/x12';
import { Organization } from '../organizations/organization.entity';
import { currentEntityManager } from '../persistence/current-entity-manager';
import { DatabaseControlNumberSequence } from '../x12/database-control-number.sequence';
import { toClaimBatches, type ClaimToWrite, type LineToWrite } from './claim-837p.mapper';
import { ClaimLine } from './claim-line.entity';
import { Claim } from './claim.entity';

/** Who receives the interchange (ISA08 and 1000B): the clearinghouse, or the payer when sent direct. */
export interface Receiver837P {
  readonly id: string;
  readonly name: string;
  /** ISA07 (default `ZZ`). */
  readonly qualifier?: string;
}

/** How to write. */
export interface Write837POptions {
  readonly receiver: Receiver837P;
  /** ISA15: `P` production (default) or `T` test. */
  readonly usage?: 'P' | 'T';
  /**
   * A preview takes control numbers from a throw-away sequence starting at 1 (ISA15 forced to `T`), so it consumes
   * none of the organization's numbers; a real write reserves them in `x12_control_number`.
   */
  readonly preview?: boolean;
  /** Creation time (default now). */
  readonly now?: Date;
}

/** An interchange written. */
export interface Written837P {
  readonly x12: string;
  readonly claimCount: number;
  readonly transactionCount: number;
  readonly patientControlNumbers: readonly string[];
}

const X12_ID = /^[A-Za-z0-9 ]{1,15}$/;

/**
 * Writes claims as an 837P interchange from their snapshots and lines (never from current registration data):
 * sender = the organization's X12 submitter id, one transaction per billing provider, control numbers from the
 * database. Input the 837P builder refuses comes back as a ValidationError naming each claim field.
 */
@Injectable()
export class Claim837PWriter {
  constructor(private readonly orm: MikroORM) {}

  async write(context: RequestContext, claimIds: readonly string[], options: Write837POptions): Promise<Written837P> {
    if (claimIds.length === 0) throw new ValidationError([{ field: 'claimIds', message: 'name at least one claim' }]);
    if (!X12_ID.test(options.receiver.id)) throw new ValidationError([{ field: 'receiver.id', message: 'letters, digits and spaces, at most 15 characters (it fills ISA08)' }]);
    const em = currentEntityManager(this.orm);
    const organization = await em.findOneOrFail(Organization, { id: context.organizationId });
    if (!organization.x12SubmitterId) {
      throw new ValidationError([{ field: 'x12SubmitterId', message: `organization ${organization.name} has no X12 submitter id: set the one its clearinghouse assigned` }]);
    }
    const claims = await this.load(context, claimIds);
    const now = options.now ?? new Date();
    const iso = now.toISOString();
    const batches = toClaimBatches(claims, {
      referenceId: claims[0]?.patientControlNumber ?? 'BATCH',
      createdDate: iso.slice(0, 10),
      createdTime: iso.slice(11, 16),
      submitter: { name: organization.name, id: organization.x12SubmitterId, contactName: organization.name, contactPhone: null },
      receiver: { name: options.receiver.name, id: options.receiver.id },
    });
    const envelope: EnvelopeOptions = {
      sender: { qualifier: 'ZZ', id: organization.x12SubmitterId },
      receiver: { qualifier: options.receiver.qualifier ?? 'ZZ', id: options.receiver.id },
      usage: options.preview ? 'T' : (options.usage ?? 'P'),
      date: iso.slice(0, 10),
      time: iso.slice(11, 16),
    };
    const sequence: ControlNumberSequence = options.preview ? new InMemoryControlNumberSequence() : new DatabaseControlNumberSequence(em, context.organizationId);
    try {
      const x12 = await build837P(batches, envelope, sequence);
      return { x12, claimCount: claims.length, transactionCount: batches.length, patientControlNumbers: claims.map((claim) => claim.patientControlNumber) };
    } catch (error) {
      if (error instanceof X12BuildError) throw new ValidationError(error.fieldErrors.map((field) => ({ field: claimField(field.path, batches, claims), message: field.message })));
      throw error;
    }
  }

  /** The claims in the order asked, with their lines; an unknown id (or another organization's) is NotFound. */
  private async load(context: RequestContext, claimIds: readonly string[]): Promise<ClaimToWrite[]> {
    const em = currentEntityManager(this.orm);
    const ids = [...new Set(claimIds)];
    const claims = await em.find(Claim, { organizationId: context.organizationId, id: { $in: ids } });
    const lines = await em.find(ClaimLine, { organizationId: context.organizationId, claimId: { $in: ids } }, { orderBy: { claimId: 'asc', lineNumber: 'asc' } });
    return ids.map((id) => {
      const claim = claims.find((candidate) => candidate.id === id);
      if (!claim) throw new NotFoundError('claim', id);
      return {
        patientControlNumber: claim.patientControlNumber,
        frequency: claim.frequency,
        payerClaimNumber: claim.payerClaimNumber,
        totalChargeCents: claim.totalChargeCents,
        snapshot: claim.snapshot(),
        lines: lines.filter((line) => line.claimId === id).map(toLineToWrite),
      };
    });
  }
}

/** `[1].claims[0].lines[2].x` of the builder → `claim C0000012: lines[2].x`. */
function claimField(path: string, batches: ReturnType<typeof toClaimBatches>, claims: readonly ClaimToWrite[]): string {
  const match = /^(?:\[(\d+)\]\.)?claims\[(\d+)\]\.?(.*)$/.exec(path);
  if (!match) return path;
  const batch = batches[Number(match[1] ?? 0)];
  const number = batch?.claims[Number(match[2])]?.patientControlNumber;
  return number && claims.some((claim) => claim.patientControlNumber === number) ? `claim ${number}: ${match[3]}` : path;
}

function toLineToWrite(line: ClaimLine): LineToWrite {
  return {
    lineNumber: line.lineNumber,
    lineItemControlNumber: line.lineItemControlNumber,
    procedureCode: line.procedureCode,
    modifiers: line.modifiers,
    units: line.units,
    unitType: line.unitType,
    chargeCents: line.chargeCents,
    diagnosisPointers: line.diagnosisPointers,
    dateOfService: line.dateOfService,
    placeOfService: line.placeOfService,
  };
}
