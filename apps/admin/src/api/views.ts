// What the server answers. The OpenAPI document describes request bodies and parameters (used through schema.d.ts)
// but not yet response bodies, so the answers the app reads are written down here, from the controllers' views, one
// file per area under views/. Enumerations come from the generated schema.
export * from './views/common';
export * from './views/claims';
export * from './views/money';
export * from './views/reports';
export * from './views/kpi-reports';
export * from './views/encounters-and-payers';
export * from './views/front-desk';
export * from './views/administration';
export * from './views/statements';
export * from './views/patient-payments';
export * from './views/collections';
