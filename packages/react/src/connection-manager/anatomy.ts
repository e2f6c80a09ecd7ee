import { createAnatomy } from '../internal/anatomy';

/**
 * The connection manager's parts: the `data-part` each renders under
 * `data-scope="connection-manager"`. The react README's "Parts" list names these; a test keeps
 * them in step.
 */
export const connectionManagerAnatomy = /* @__PURE__ */ createAnatomy('connection-manager', [
  'root',
  'title',
  'header',
  'organisation',
  'badge',
  'reconnect',
  'endConnection',
  'ended',
  'loading',
  'alert',
  'empty',
  'table',
  'feed',
  'disconnect',
  'addAccounts',
  'backdrop',
  'dialog',
  'dialogTitle',
  'dialogDescription',
  'dialogActions',
  'announcer',
]);

/** The parts of the preassembled `ConnectionManager` that take extra class names. */
export const connectionManagerClassNameKeys = [
  'root',
  'title',
  'organisation',
  'table',
  'dialog',
] as const satisfies ReadonlyArray<keyof typeof connectionManagerAnatomy.parts>;
