/** How an audited entity names its record type and its patient. */
export interface AuditedEntityOptions<T> {
  readonly recordType: string;
  readonly patientIdOf: (entity: T) => string | null;
}

const audited = new Map<object, AuditedEntityOptions<never>>();

/**
 * Marks an entity as patient data: every load and every change of it through the ORM is written to the audit trail
 * by the persistence layer, so no handler can forget it.
 */
export function Audited<T>(options: AuditedEntityOptions<T>) {
  return (target: new (...args: never[]) => T): void => {
    audited.set(target, options as AuditedEntityOptions<never>);
  };
}

/** The audit options of an entity instance's class, when it is audited. */
export function auditOptionsOf(entity: object): AuditedEntityOptions<object> | undefined {
  return audited.get(entity.constructor) as AuditedEntityOptions<object> | undefined;
}
