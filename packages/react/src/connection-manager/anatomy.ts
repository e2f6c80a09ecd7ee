import { createAnatomy } from '../internal/anatomy';

/**
 * The connection manager's parts: the `data-part` each renders under
 * `data-scope="connection-manager"`. The react README's "Parts" table lists these; a test keeps
 * them in step.
 */
export const connectionManagerAnatomy = createAnatomy('connection-manager', {
  root: 'root',
  title: 'title',
  header: 'header',
  organisation: 'organisation',
  badge: 'badge',
  reconnect: 'reconnect',
  loading: 'loading',
  alert: 'alert',
  empty: 'empty',
  table: 'table',
  feed: 'feed',
  disconnect: 'disconnect',
  addAccounts: 'add-accounts',
  backdrop: 'backdrop',
  dialog: 'dialog',
  dialogTitle: 'dialog-title',
  dialogDescription: 'dialog-description',
  dialogActions: 'dialog-actions',
  announcer: 'announcer',
});

/** The parts of the preassembled `ConnectionManager` that take extra class names. */
export const connectionManagerClassNameKeys = [
  'root',
  'title',
  'organisation',
  'table',
  'dialog',
] as const satisfies ReadonlyArray<keyof typeof connectionManagerAnatomy.parts>;
