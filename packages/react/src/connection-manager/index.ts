import { ConnectionManager as Preassembled } from './connection-manager';
import { ConnectionManagerRoot } from './connection-manager-root';
import {
  ConnectionManagerTitle,
  ConnectionManagerOrganisation,
  ConnectionManagerFeedTable,
  ConnectionManagerAddAccounts,
  ConnectionManagerStatus,
  ConnectionManagerDisconnectDialog,
  ConnectionManagerEndConnectionDialog,
} from './connection-manager-parts';

/**
 * The preassembled connection manager, with its parts attached for custom layouts:
 * `.Root`, `.Title`, `.Organisation`, `.FeedTable`, `.AddAccounts`, `.Status`, `.DisconnectDialog`,
 * `.EndConnectionDialog`.
 */
export const ConnectionManager = /* @__PURE__ */ Object.assign(Preassembled, {
  Root: ConnectionManagerRoot,
  Title: ConnectionManagerTitle,
  Organisation: ConnectionManagerOrganisation,
  FeedTable: ConnectionManagerFeedTable,
  AddAccounts: ConnectionManagerAddAccounts,
  Status: ConnectionManagerStatus,
  DisconnectDialog: ConnectionManagerDisconnectDialog,
  EndConnectionDialog: ConnectionManagerEndConnectionDialog,
});
// Every part by its full name too, for server components (see the account mapper's index).
export { ConnectionManagerRoot } from './connection-manager-root';
export {
  ConnectionManagerTitle,
  ConnectionManagerOrganisation,
  ConnectionManagerFeedTable,
  ConnectionManagerAddAccounts,
  ConnectionManagerStatus,
  ConnectionManagerDisconnectDialog,
  ConnectionManagerEndConnectionDialog,
} from './connection-manager-parts';
export type { ConnectionManagerProps, ConnectionManagerPart } from './connection-manager';
export type { ConnectionManagerRootProps } from './connection-manager-root';
export type {
  ConnectionManagerTitleProps,
  ConnectionManagerOrganisationProps,
  ConnectionManagerFeedTableProps,
  ConnectionManagerAddAccountsProps,
  ConnectionManagerStatusProps,
  ConnectionManagerDisconnectDialogProps,
  ConnectionManagerEndConnectionDialogProps,
} from './connection-manager-parts';
export type { ManagedFeed, ConnectionManagerStatus as ConnectionManagerLoadStatus } from './types';
