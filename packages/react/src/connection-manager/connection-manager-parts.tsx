// The connection manager's parts, one file per seam: the heading and organisation, the feed
// table and its add-accounts action, the loading/error status and the disconnect dialog.
export {
  ConnectionManagerTitle,
  ConnectionManagerOrganisation,
  type ConnectionManagerTitleProps,
  type ConnectionManagerOrganisationProps,
} from './connection-manager-header';
export {
  ConnectionManagerFeedTable,
  ConnectionManagerAddAccounts,
  type ConnectionManagerFeedTableProps,
  type ConnectionManagerAddAccountsProps,
} from './connection-manager-feed-table';
export {
  ConnectionManagerStatus,
  ConnectionManagerDisconnectDialog,
  ConnectionManagerEndConnectionDialog,
  type ConnectionManagerStatusProps,
  type ConnectionManagerDisconnectDialogProps,
  type ConnectionManagerEndConnectionDialogProps,
} from './connection-manager-status';
