export * from './seeded-random';
export * from './x12-837p.generator';
export * from './x12-835.adjudicator';
export * from './claim-split';
