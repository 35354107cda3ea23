/** The injection token of the table of reporting aggregates (by name) the runner offers reports. */
export const REPORTING_AGGREGATES = Symbol('REPORTING_AGGREGATES');
