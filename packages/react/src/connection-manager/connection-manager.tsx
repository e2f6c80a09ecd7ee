import { forwardRef, type ReactNode } from 'react';
import { cx, type ClassNames } from '../internal/dom';
import { ConnectionManagerRoot, type ConnectionManagerRootProps } from './connection-manager-root';
import {
  ConnectionManagerAddAccounts,
  ConnectionManagerDisconnectDialog,
  ConnectionManagerEndConnectionDialog,
  ConnectionManagerFeedTable,
  ConnectionManagerOrganisation,
  ConnectionManagerStatus,
  ConnectionManagerTitle,
} from './connection-manager-parts';
import type { connectionManagerClassNameKeys } from './anatomy';

/** Parts of the preassembled manager that take extra class names. */
export type ConnectionManagerPart = (typeof connectionManagerClassNameKeys)[number];

/** Props of the preassembled {@link ConnectionManager}. */
export interface ConnectionManagerProps extends ConnectionManagerRootProps {
  /** The heading. @default the translated title */
  heading?: ReactNode | undefined;
  /** Heading level. @default 2 */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Extra class names per part. @default undefined */
  classNames?: ClassNames<ConnectionManagerPart> | undefined;
}

/**
 * The Xero organisation, the connection's status (with Reconnect when it isn't linked), each
 * feed with Disconnect behind a confirmation, plus loading, empty and error states. The ref
 * reaches the root.
 */
export const ConnectionManager = /* @__PURE__ */ forwardRef<HTMLDivElement, ConnectionManagerProps>(
  function ConnectionManager({ heading, headingLevel, classNames, className, ...rootProps }, ref) {
    return (
      <ConnectionManagerRoot {...rootProps} ref={ref} className={cx(classNames?.root, className)}>
        <ConnectionManagerTitle level={headingLevel} className={classNames?.title}>
          {heading}
        </ConnectionManagerTitle>
        <ConnectionManagerStatus />
        <ConnectionManagerOrganisation className={classNames?.organisation} />
        <ConnectionManagerFeedTable className={classNames?.table} />
        <ConnectionManagerAddAccounts />
        <ConnectionManagerDisconnectDialog className={classNames?.dialog} />
        <ConnectionManagerEndConnectionDialog className={classNames?.dialog} />
      </ConnectionManagerRoot>
    );
  },
);
