export { BankFeedsSetup } from './bank-feeds-setup';
export type { BankFeedsSetupProps } from './bank-feeds-setup-props';
export {
  BankFeedsAccountMapper,
  useSetupConnect,
  type BankFeedsAccountMapperProps,
} from './bank-feeds-account-mapper';
export {
  BankFeedsConnectionManager,
  type BankFeedsConnectionManagerProps,
} from './bank-feeds-connection-manager';
export type { BankFeedsEvent, BankFeedsErrorEvent, SetupStep } from './events';
export type {
  BankFeedsConnectionDetails,
  ConnectionEndedDetails,
  ConnectionSourceType,
  ConnectionStartedDetails,
} from './connection-details';
