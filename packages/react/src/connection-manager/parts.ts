// Short names for `<ConnectionManager.FeedTable />`-style composition.
export { ConnectionManagerRoot as Root } from './connection-manager-root';
export {
  ConnectionManagerTitle as Title,
  ConnectionManagerOrganisation as Organisation,
  ConnectionManagerFeedTable as FeedTable,
  ConnectionManagerAddAccounts as AddAccounts,
  ConnectionManagerStatus as Status,
  ConnectionManagerDisconnectDialog as DisconnectDialog,
  ConnectionManagerEndConnectionDialog as EndConnectionDialog,
} from './connection-manager-parts';
