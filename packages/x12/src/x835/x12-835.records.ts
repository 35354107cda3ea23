import type { Procedure } from '../common/common.types';
import { emptyList } from '../read/append';
import type { Claim835, Inpatient835, Outpatient835, ProviderAdjustmentItem835, ServiceLine835 } from './x12-835.types';

/*
 * Constructors of the 835 objects a reader keeps. Their instances are plain objects (the prototype
 * is `Object.prototype`); unlike object literals they have no V8 allocation site, whose pretenuring
 * decision flips when a reader keeps its claims and then deoptimizes the whole reader (see
 * `read/records.ts`), and V8 sizes them to hold the optional fields added after construction
 * (CLP05-CLP09, SVC05, REF*6R...) inside the object, without a separate property array.
 */

function ClaimRecord(this: Claim835, patientControlNumber: string, status: string, chargeCents: number, paymentCents: number): void {
  this.patientControlNumber = patientControlNumber;
  this.status = status;
  this.chargeCents = chargeCents;
  this.paymentCents = paymentCents;
  this.adjustments = emptyList();
  this.names = emptyList();
  this.references = emptyList();
  this.dates = emptyList();
  this.contacts = emptyList();
  this.amounts = emptyList();
  this.quantities = emptyList();
  this.lines = emptyList();
}
ClaimRecord.prototype = Object.prototype;
/** A {@link Claim835} (CLP01-CLP04) whose lists are the shared empty list. */
export const NewClaim = ClaimRecord as unknown as new (patientControlNumber: string, status: string, chargeCents: number, paymentCents: number) => Claim835;

function LineRecord(this: ServiceLine835, procedure: Procedure, chargeCents: number, paymentCents: number): void {
  this.procedure = procedure;
  this.chargeCents = chargeCents;
  this.paymentCents = paymentCents;
  this.dates = emptyList();
  this.adjustments = emptyList();
  this.references = emptyList();
  this.amounts = emptyList();
  this.quantities = emptyList();
  this.remarks = emptyList();
}
LineRecord.prototype = Object.prototype;
/** A {@link ServiceLine835} (SVC01-SVC03) whose lists are the shared empty list. */
export const NewLine = LineRecord as unknown as new (procedure: Procedure, chargeCents: number, paymentCents: number) => ServiceLine835;

function InpatientRecord(this: Inpatient835): void {
  this.remarkCodes = emptyList();
  this.amountsCents = {};
}
InpatientRecord.prototype = Object.prototype;
/** An empty {@link Inpatient835} (MIA). */
export const NewInpatient = InpatientRecord as unknown as new () => Inpatient835;

function OutpatientRecord(this: Outpatient835): void {
  this.remarkCodes = emptyList();
}
OutpatientRecord.prototype = Object.prototype;
/** An empty {@link Outpatient835} (MOA). */
export const NewOutpatient = OutpatientRecord as unknown as new () => Outpatient835;

function AdjustmentItemRecord(this: ProviderAdjustmentItem835, reason: string, amountCents: number): void {
  this.reason = reason;
  this.amountCents = amountCents;
}
AdjustmentItemRecord.prototype = Object.prototype;
/** A {@link ProviderAdjustmentItem835} (one PLB reason/amount pair); set `reference` afterwards when present. */
export const NewProviderAdjustmentItem = AdjustmentItemRecord as unknown as new (reason: string, amountCents: number) => ProviderAdjustmentItem835;
