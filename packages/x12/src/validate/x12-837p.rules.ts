/** Segment tables of the 837P validator (005010X222A1): ids, required elements, lengths and order in each loop. */

/** Every segment id an 837P may hold. Anything else is `UNKNOWN_SEGMENT`. */
export const SEGMENT_IDS_837P: ReadonlySet<string> = new Set([
  'ST', 'SE', 'BHT', 'NM1', 'PER', 'HL', 'PRV', 'CUR', 'N3', 'N4', 'REF', 'SBR', 'PAT', 'DMG', 'CLM', 'DTP', 'PWK', 'CN1', 'AMT', 'K3', 'NTE',
  'CR1', 'CR2', 'CRC', 'HI', 'HCP', 'LX', 'SV1', 'SV5', 'CR3', 'QTY', 'MEA', 'PS1', 'LIN', 'CTP', 'SVD', 'CAS', 'OI', 'MOA', 'LQ', 'FRM',
]);

/** Elements that must be present, by segment id. */
export const REQUIRED_ELEMENTS: Readonly<Record<string, readonly number[]>> = {
  BHT: [1, 2, 3, 4, 5, 6], NM1: [1, 2], N3: [1], REF: [1, 2], DTP: [1, 2, 3], SV1: [1, 2, 3, 4, 7], CLM: [1, 2, 5, 6, 7, 8, 9],
  HL: [1, 3, 4], SBR: [1, 9], DMG: [1, 2, 3], LX: [1], HI: [1], PER: [1], PRV: [1, 2, 3], SVD: [1, 2, 3, 5], CAS: [1, 2, 3],
  OI: [3, 6], AMT: [1, 2], LIN: [2, 3], CTP: [4, 5],
};

/** Largest length of some elements (`CLM01` at most 38 characters...). */
export const MAX_LENGTHS: Readonly<Record<string, number>> = {
  CLM01: 38, NM103: 60, NM104: 35, NM105: 25, NM107: 10, NM109: 80, N301: 55, N302: 55, N401: 30, N402: 2, N403: 15,
  REF01: 3, REF02: 50, SBR03: 50, SBR04: 60, HL01: 12, HL02: 12, LX01: 6, PER02: 60, PAT01: 2, DMG03: 1, BHT03: 50,
};

/** Order of segments inside each loop (a smaller rank after a larger one is out of order). */
export const LOOP_ORDER: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  HEADER: { BHT: 0 },
  '1000': { NM1: 0, PER: 1 },
  '2000A': { HL: 0, PRV: 1, CUR: 2 },
  '2000B': { HL: 0, SBR: 1, PAT: 2 },
  '2000C': { HL: 0, PAT: 1 },
  NAME: { NM1: 0, PRV: 1, N3: 2, N4: 3, DMG: 4, REF: 5, PER: 6 },
  '2300': { CLM: 0, DTP: 1, PWK: 2, CN1: 3, AMT: 4, REF: 5, K3: 6, NTE: 7, CR1: 8, CR2: 9, CRC: 10, HI: 11, HCP: 12 },
  '2320': { SBR: 0, CAS: 1, AMT: 2, OI: 3, MOA: 4 },
  '2330': { NM1: 0, N3: 1, N4: 2, DTP: 3, REF: 4 },
  '2400': { LX: 0, SV1: 1, SV5: 2, PWK: 3, CR1: 4, CR3: 5, CRC: 6, DTP: 7, QTY: 8, MEA: 9, CN1: 10, REF: 11, AMT: 12, K3: 13, NTE: 14, PS1: 15, HCP: 16 },
  '2410': { LIN: 0, CTP: 1, REF: 2 },
  '2430': { SVD: 0, CAS: 1, DTP: 2, AMT: 3 },
  '2440': { LQ: 0, FRM: 1 },
};

/** NM101 entity codes allowed where a 2000A/B/C name loop starts. */
export const NAME_ENTITIES: Readonly<Record<string, readonly string[]>> = {
  '2000A': ['85', '87', 'PE'], '2000B': ['IL', 'PR'], '2000C': ['QC'],
};
