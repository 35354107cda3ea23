export { createRoster, isCoveredOn, Roster } from './roster';
export type { RosterLookup, RosterOptions, RosterQuery } from './roster';
export { DEFAULT_MEMBERS, DEFAULT_PAYERS } from './default-roster';
export type { RosterAccumulator, RosterMember, RosterMiss, RosterPayer } from './roster.types';
