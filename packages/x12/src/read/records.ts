import type { Adjustment, AmountValue, DateValue, EntityName, Procedure, QuantityValue, Reference } from '../common/common.types';

/*
 * Constructors of the small objects that typed readers keep in their results, in place of object
 * literals. Their instances are plain objects (the prototype is `Object.prototype`, so `toEqual`,
 * JSON and spreading see no difference), and they cost the reader nothing when kept:
 *
 * V8 gives every object and array literal an allocation site, and optimized code that inlines the
 * literal depends on the site's pretenuring decision. When most objects of a site survive a
 * garbage collection (as the claims of a `read835` that keeps them do), the decision flips and every
 * dependent function is deoptimized at once ("code dependencies"), several times per file: the
 * reader then runs unoptimized until it is compiled again. That, not the copying of the retained
 * objects, made `read835` 4-6 times slower when it kept its claims. `new` of a function has no
 * allocation site, and V8 keeps optional fields added after construction inside the object.
 */

function ReferenceRecord(this: Reference, qualifier: string, value: string): void {
  this.qualifier = qualifier;
  this.value = value;
}
ReferenceRecord.prototype = Object.prototype;
/** A {@link Reference} (REF01, REF02); set `description` afterwards when present. */
export const NewReference = ReferenceRecord as unknown as new (qualifier: string, value: string) => Reference;

function DateRecord(this: DateValue, qualifier: string, date: string): void {
  this.qualifier = qualifier;
  this.date = date;
}
DateRecord.prototype = Object.prototype;
/** A {@link DateValue}; set `endDate` and `time` afterwards when present. */
export const NewDateValue = DateRecord as unknown as new (qualifier: string, date: string) => DateValue;

function AdjustmentRecord(this: Adjustment, group: string, reason: string, amountCents: number): void {
  this.group = group;
  this.reason = reason;
  this.amountCents = amountCents;
}
AdjustmentRecord.prototype = Object.prototype;
/** An {@link Adjustment} (one CAS triplet); set `quantity` afterwards when present. */
export const NewAdjustment = AdjustmentRecord as unknown as new (group: string, reason: string, amountCents: number) => Adjustment;

function AmountRecord(this: AmountValue, qualifier: string, amountCents: number): void {
  this.qualifier = qualifier;
  this.amountCents = amountCents;
}
AmountRecord.prototype = Object.prototype;
/** An {@link AmountValue} (AMT). */
export const NewAmountValue = AmountRecord as unknown as new (qualifier: string, amountCents: number) => AmountValue;

function QuantityRecord(this: QuantityValue, qualifier: string, quantity: number): void {
  this.qualifier = qualifier;
  this.quantity = quantity;
}
QuantityRecord.prototype = Object.prototype;
/** A {@link QuantityValue} (QTY). */
export const NewQuantityValue = QuantityRecord as unknown as new (qualifier: string, quantity: number) => QuantityValue;

function ProcedureRecord(this: Procedure, qualifier: string, code: string, modifiers: string[]): void {
  this.qualifier = qualifier;
  this.code = code;
  this.modifiers = modifiers;
}
ProcedureRecord.prototype = Object.prototype;
/** A {@link Procedure}; set `description` afterwards when present. */
export const NewProcedure = ProcedureRecord as unknown as new (qualifier: string, code: string, modifiers: string[]) => Procedure;

function EntityNameRecord(this: EntityName, entity: string, entityType: string): void {
  this.entity = entity;
  this.entityType = entityType;
}
EntityNameRecord.prototype = Object.prototype;
/** The required part of an {@link EntityName} (NM101, NM102); set the optional fields afterwards. */
export const NewEntityName = EntityNameRecord as unknown as new (entity: string, entityType: string) => EntityName;

function CodeRecord(this: { qualifier: string; code: string }, qualifier: string, code: string): void {
  this.qualifier = qualifier;
  this.code = code;
}
CodeRecord.prototype = Object.prototype;
/** A qualified code such as an 835 LQ remark (`HE`, `N130`). */
export const NewQualifiedCode = CodeRecord as unknown as new (qualifier: string, code: string) => { qualifier: string; code: string };
