export { CollectionAgencyFake } from './collection-agency.fake';
export type { AgencyActivityFile, AgencyReceipt, CollectionAgencyFakeOptions } from './collection-agency.fake';
export { AGENCY_SFTP_LAYOUT, startAgencySftpServer } from './agency-sftp-server';
export type { AgencySftpServer, AgencySftpServerOptions } from './agency-sftp-server';
export type { AgencyAccount } from './agency-account';
export { AgencyFileError } from './agency-files.types';
export type { AgencyActivityRow, AgencyLayout, AgencyOutcome, PlacedAccountRow, RecalledAccountRow } from './agency-files.types';
export { OUTCOME_PLAN, agencyFee, assignOutcomes } from './agency-outcomes';
export { readPlacementFile, readRecallFile, writeActivityFile } from './agency-file-format';
