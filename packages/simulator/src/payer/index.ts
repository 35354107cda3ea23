export { processInterchange } from './process-interchange';
export type { ClaimOutcome, ExchangeAnswer, ProcessOptions, Remit835File } from './exchange.types';
export { UnreadableInterchangeError } from './interchange.reader';
export {
  COMMERCIAL_FEES, createPayerRuleSet, DEFAULT_DENIALS, FALLBACK_PAYER, MEDICARE_FEES, rulesForPayer, SIMULATED_HEALTH_PLAN,
  SIMULATED_MEDICARE_ADVANTAGE, SIMULATED_MEDICARE_PART_B,
} from './default-rules';
export type { PayerRuleSetOptions } from './default-rules';
export { checkPayerRuleSet } from './payer-rules.validation';
export type {
  CrossoverRule, DefaultPlan, DenialRule, DenialScope, FeeSchedule, PayerRules, PayerRuleSet, PlbRule, RejectionKind, RejectionRule, ReversalRule,
} from './payer-rules.types';
export type { ClaimRejection } from './claim-rejection';
export { prngFor, seedFor } from './prng';
export type { Prng } from './prng';
export { PayerExchange } from './payer-exchange';
export type { PayerExchangeOptions, ReceiveResult } from './payer-exchange';
export { startFolderRunner } from './folder-runner';
export type { FolderRunner, FolderRunnerOptions } from './folder-runner';
export { startPayerSftpServer } from './sftp-server';
export type { PayerSftpServer, PayerSftpServerOptions } from './sftp-server';
export { answerFiles } from './answer-files';
export type { AnswerFile } from './answer-files';
