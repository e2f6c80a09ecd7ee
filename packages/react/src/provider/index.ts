export { BankFeedsProvider, type BankFeedsProviderProps } from './bank-feeds-provider';
export {
  useStoreSelector,
  useSetupStore,
  useConnectionsStore,
  useSetup,
  useSetupRow,
  useConnections,
  type ExternalStore,
} from './hooks';
