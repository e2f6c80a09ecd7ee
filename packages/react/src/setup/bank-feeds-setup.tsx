'use client';
import { forwardRef, useRef, useState, type ReactNode } from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { useI18n } from '../i18n/i18n-context';
import { LiveRegion, useAnnouncer } from '../internal/announcer';
import { useLatest } from '../internal/use-latest';
import { cx } from '../internal/dom';
import { useSetupStore, useStoreSelector } from '../provider/hooks';
import { BankFeedsConnectionManager } from './bank-feeds-connection-manager';
import { useXeroLink } from './use-xero-link';
import { ConnectPanel, PanelHeading, StepIndicator } from './setup-panels';
import { DonePanel, ErrorPanel, LoadingPanel, MapPanel } from './result-panels';
import { selectPanel, selectStep, sessionOutcome, type SetupView } from './setup-step';
import type { BankFeedsSetupProps } from './bank-feeds-setup-props';
import { errorEvent, useSetupEvents } from './use-setup-events';
import { useStepFocus } from './use-step-focus';
import { useRefreshOnReturn } from './use-refresh-on-return';
import {
  selectStatus,
  selectLinkUrl,
  selectWatching,
  selectAuthFailure,
  selectError,
  selectOrganisation,
  selectAllConnected,
  selectCounts,
  sameCounts,
  selectOrgError,
  selectRetryable,
  selectNoAccounts,
} from './setup-selectors';
import { bankFeedsSetupAnatomy } from './anatomy';
import { NonceProvider, useNonce } from '../csp/nonce';
import { useConnectionStarted } from './use-connection-started';

/**
 * The whole journey in one component: connect Xero, map accounts, connect, summary, and manage
 * feeds. Must sit inside a {@link BankFeedsProvider}. Focus moves to each new step's heading, and
 * progress is announced politely; the user's choices survive every failure. The ref reaches the
 * root.
 */
export const BankFeedsSetup = /* @__PURE__ */ forwardRef<HTMLDivElement, BankFeedsSetupProps>(
  function BankFeedsSetup(
    {
      onConnectionStarted,
      onConnection,
      onFinish,
      onClose,
      onError,
      onEvent,
      openLink,
      supportHref,
      heading,
      headingLevel = 2,
      initialView = 'auto',
      options,
      disconnectMode,
      onDisconnect,
      onReconnect,
      className,
      ...rest
    },
    forwardedRef,
  ) {
    const { t } = useI18n();
    const outerNonce = useNonce();
    const store = useSetupStore();
    const status = useStoreSelector(store, selectStatus);
    const linkUrl = useStoreSelector(store, selectLinkUrl);
    const watching = useStoreSelector(store, selectWatching);
    const authFailure = useStoreSelector(store, selectAuthFailure);
    const error = useStoreSelector(store, selectError);
    const organisation = useStoreSelector(store, selectOrganisation);
    const allConnected = useStoreSelector(store, selectAllConnected);
    const counts = useStoreSelector(store, selectCounts, sameCounts);
    const orgError = useStoreSelector(store, selectOrgError);
    const retryable = useStoreSelector(store, selectRetryable);
    const [view, setView] = useState<SetupView>(initialView);
    const announcer = useAnnouncer();
    const callbacks = useLatest({
      onConnectionStarted,
      onConnection,
      onFinish,
      onClose,
      onError,
      onEvent,
      openLink,
      onDisconnect,
      onReconnect,
    });
    const stepHeading = useRef<HTMLHeadingElement>(null);
    const rootRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(forwardedRef, rootRef);
    const stepLevel = (headingLevel + 1) as 3 | 4;

    const step = selectStep({ view, status, allConnected });
    useSetupEvents(store, callbacks, announcer);
    useStepFocus(selectPanel(step, status), rootRef, stepHeading, (panel) => {
      if (panel !== 'map-failed') callbacks.current.onEvent?.({ type: 'step.viewed', step });
    });
    useRefreshOnReturn(store);

    const { openXero, reconnect } = useXeroLink(store, callbacks, linkUrl);
    const preparing = useConnectionStarted(store, callbacks);
    const noAccounts = useStoreSelector(store, selectNoAccounts);

    // Both views are current without a refresh: the stores hear every change of connections
    // made through this client (a feed disconnected while managing is selectable again).
    const goManage = () => setView('manage');
    const goSetup = () => setView('setup');
    const finish = () => {
      const { connected, failed } = sessionOutcome(store.getState());
      callbacks.current.onEvent?.({ type: 'finished' });
      callbacks.current.onFinish?.({ connected, failed });
    };
    const close = () => {
      callbacks.current.onEvent?.({ type: 'closed' });
      callbacks.current.onClose?.();
    };

    const Title = `h${headingLevel}` as const;
    const stepTitle = (text: string) => (
      <PanelHeading level={stepLevel} headingRef={stepHeading}>
        {text}
      </PanelHeading>
    );

    let body: ReactNode;
    if (step === 'manage') {
      body = (
        <BankFeedsConnectionManager
          headingLevel={stepLevel}
          supportHref={supportHref}
          openLink={callbacks.current.openLink}
          onAddAccounts={goSetup}
          disconnectMode={disconnectMode}
          onDisconnect={(connection) => {
            // Stay on the manager: the customer sees their feeds stopped, and can connect again.
            setView('manage');
            callbacks.current.onEvent?.({
              type: 'connection.ended',
              connectionId: connection.connectionId,
              mode: connection.mode,
            });
            callbacks.current.onDisconnect?.(connection);
          }}
          onReconnect={(connection) => callbacks.current.onReconnect?.(connection)}
          onConnectAgain={goSetup}
          onError={(cause) => callbacks.current.onError?.(errorEvent(cause))}
          onDisconnected={(feed) =>
            callbacks.current.onEvent?.({
              type: 'feed.disconnected',
              sourceAccountId: feed.sourceAccountId,
            })
          }
        />
      );
    } else if (step === 'loading') {
      body = <LoadingPanel heading={stepTitle(t('setup.loading'))} />;
    } else if (step === 'connect') {
      body = (
        <ConnectPanel
          heading={stepTitle(t(authFailure ? 'setup.authFailed.title' : 'setup.needsAuth.title'))}
          linkUrl={linkUrl}
          watching={watching}
          preparing={preparing}
          noAccounts={noAccounts}
          failure={authFailure}
          onOpen={openXero}
          onCheck={() => store.getState().reload()}
        />
      );
    } else if (step === 'error') {
      body = (
        <ErrorPanel
          heading={stepTitle(
            // Only the bank can turn bank feeds on: say so plainly, from the first load.
            t(
              error?.code === 'bank-feeds-disabled' ? 'setup.disabled.title' : 'setup.failed.title',
            ),
          )}
          error={error}
          onRetry={() => store.getState().retry()}
          onReconnect={reconnect}
          supportHref={supportHref}
        />
      );
    } else if (step === 'done') {
      body = (
        <DonePanel
          heading={stepTitle(t('setup.done.title'))}
          connected={counts.connectedNow}
          onFinish={onFinish ? finish : null}
          onManage={goManage}
        />
      );
    } else {
      body = (
        <MapPanel
          heading={stepTitle}
          status={status}
          failed={counts.failed}
          connected={counts.feeds}
          organisation={organisation}
          orgError={orgError}
          retryable={retryable}
          supportHref={supportHref}
          onRetryFailed={() => store.getState().retry()}
          onManage={goManage}
        />
      );
    }

    const root = (
      <div
        {...rest}
        ref={ref}
        className={cx(className)}
        {...bankFeedsSetupAnatomy.attrs('root')}
        data-state={step}
        data-status={status}
      >
        <div {...bankFeedsSetupAnatomy.attrs('header')}>
          {heading === null ? null : (
            <Title {...bankFeedsSetupAnatomy.attrs('title')}>{heading ?? t('setup.title')}</Title>
          )}
          {onClose ? (
            <button type="button" {...bankFeedsSetupAnatomy.attrs('close')} onClick={close}>
              {t('setup.close')}
            </button>
          ) : null}
        </div>
        {step === 'connect' || step === 'map' || step === 'done' ? (
          <StepIndicator step={step} />
        ) : null}
        {body}
        <LiveRegion announcer={announcer} scope={bankFeedsSetupAnatomy.scope} />
      </div>
    );
    // Codat's `options.nonce`: kept for the parts that may need it, under the provider's own.
    return options?.nonce && !outerNonce ? (
      <NonceProvider nonce={options.nonce}>{root}</NonceProvider>
    ) : (
      root
    );
  },
);
