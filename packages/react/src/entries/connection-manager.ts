/**
 * `@bankfeeds/react/connection-manager`: the connection manager's parts under short names, for
 * `import * as ConnectionManager from '@bankfeeds/react/connection-manager'` and then
 * `<ConnectionManager.Root>`, `<ConnectionManager.FeedTable />`, ... in any component, server
 * components included (see `@bankfeeds/react/account-mapper`). Re-exported from the main entry,
 * so the parts share its React contexts.
 */
export {
  ConnectionManagerRoot as Root,
  ConnectionManagerTitle as Title,
  ConnectionManagerOrganisation as Organisation,
  ConnectionManagerFeedTable as FeedTable,
  ConnectionManagerAddAccounts as AddAccounts,
  ConnectionManagerStatus as Status,
  ConnectionManagerDisconnectDialog as DisconnectDialog,
  ConnectionManagerEndConnectionDialog as EndConnectionDialog,
} from '@bankfeeds/react';
export type {
  ConnectionManagerRootProps as RootProps,
  ConnectionManagerTitleProps as TitleProps,
  ConnectionManagerOrganisationProps as OrganisationProps,
  ConnectionManagerFeedTableProps as FeedTableProps,
  ConnectionManagerAddAccountsProps as AddAccountsProps,
  ConnectionManagerStatusProps as StatusProps,
  ConnectionManagerDisconnectDialogProps as DisconnectDialogProps,
  ConnectionManagerEndConnectionDialogProps as EndConnectionDialogProps,
} from '@bankfeeds/react';
