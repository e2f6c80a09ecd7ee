'use client';
import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import type { SetupStoreState } from '@bankfeeds/client';
import { useI18n } from '../i18n/i18n-context';
import { toErrorInfo } from '../i18n/error-info';
import { ErrorAlert } from '../internal/error-alert';
import { LiveRegion, useAnnouncer } from '../internal/announcer';
import { useLatest } from '../internal/use-latest';
import { cx } from '../internal/dom';
import { useStoreRegistry } from '../provider/bank-feeds-provider';
import { useSetupStore, useStoreSelector } from '../provider/hooks';
import { BankFeedsAccountMapper } from './bank-feeds-account-mapper';
import { BankFeedsConnectionManager } from './bank-feeds-connection-manager';
import { openFreshLink } from './open-fresh-link';
import type { BankFeedsErrorEvent, BankFeedsEvent, SetupStep } from './events';
import { ConnectPanel, PanelHeading, StepIndicator } from './setup-panels';

const scope = 'bank-feeds-setup';

/** Props of {@link BankFeedsSetup}. Every callback may change after mount; the latest one is called. */
export interface BankFeedsSetupProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onError'> {
  /** The user opened Xero's authorisation page. @default undefined */
  onConnectionStarted?: ((details: { connectionId: string; linkUrl: string }) => void) | undefined;
  /** The Xero connection became `Linked`. @default undefined */
  onConnection?: ((details: { connectionId: string }) => void) | undefined;
  /** The user pressed Finish; with the accounts connected and failed in this session. @default undefined (no Finish button) */
  onFinish?: ((details: { connected: string[]; failed: string[] }) => void) | undefined;
  /** The user closed the journey. @default undefined (no Close button) */
  onClose?: (() => void) | undefined;
  /** Something failed; `userRecoverable: false` means the host should step in. @default undefined */
  onError?: ((error: BankFeedsErrorEvent) => void) | undefined;
  /** Every step of the journey, typed, for analytics. @default undefined */
  onEvent?: ((event: BankFeedsEvent) => void) | undefined;
  /** Opens Xero's authorisation page. @default a new browser tab */
  openLink?: ((url: string) => void) | undefined;
  /** Where "Contact your bank" leads. @default undefined */
  supportHref?: string | undefined;
  /** The journey's title; `null` hides it. @default the translated title */
  heading?: ReactNode | undefined;
  /** Level of the journey's title; steps use the next level. @default 2 */
  headingLevel?: 2 | 3 | undefined;
  /** The screen to start on. @default 'setup' */
  initialView?: 'setup' | 'manage' | undefined;
}

const selectStatus = (s: SetupStoreState) => s.status;
const selectLinkUrl = (s: SetupStoreState) => s.linkUrl;
const selectWatching = (s: SetupStoreState) => s.watchingConnection;
const selectError = (s: SetupStoreState) => s.error;
const selectOrganisation = (s: SetupStoreState) => s.companyInfo?.companyName ?? null;
const selectCounts = (s: SetupStoreState) => {
  let connected = 0;
  let failed = 0;
  let inFlight = 0;
  for (const id of s.rowIds) {
    const phase = s.rows[id]!.phase;
    if (phase === 'connected') connected++;
    else if (phase === 'failed') failed++;
    else if (phase === 'submitting' || phase === 'confirming') inFlight++;
  }
  return `${connected}/${failed}/${inFlight}`;
};

function errorEvent(error: unknown, sourceAccountId: string | null = null): BankFeedsErrorEvent {
  const info = toErrorInfo(error);
  return {
    code: info.code,
    message: info.message,
    correlationId: info.correlationId,
    status: info.status,
    retryable: info.retryable,
    userRecoverable: info.userRecoverable,
    sourceAccountId,
  };
}

/**
 * The whole journey in one component: connect Xero, map accounts, connect, summary, and manage
 * feeds. Must sit inside a {@link BankFeedsProvider}. Focus moves to each new step's heading, and
 * progress is announced politely; the user's choices survive every failure. The ref reaches the
 * root.
 */
export const BankFeedsSetup = forwardRef<HTMLDivElement, BankFeedsSetupProps>(
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
      initialView = 'setup',
      className,
      ...rest
    },
    forwardedRef,
  ) {
    const { t, plural } = useI18n();
    const registry = useStoreRegistry('<BankFeedsSetup>');
    const store = useSetupStore();
    const status = useStoreSelector(store, selectStatus);
    const linkUrl = useStoreSelector(store, selectLinkUrl);
    const watching = useStoreSelector(store, selectWatching);
    const error = useStoreSelector(store, selectError);
    const organisation = useStoreSelector(store, selectOrganisation);
    const [connected, failed] = useStoreSelector(store, selectCounts).split('/').map(Number) as [
      number,
      number,
      number,
    ];
    const [view, setView] = useState<'setup' | 'manage'>(initialView);
    const announcer = useAnnouncer();
    const callbacks = useLatest({
      onConnectionStarted,
      onConnection,
      onFinish,
      onClose,
      onError,
      onEvent,
      openLink,
    });
    const stepHeading = useRef<HTMLHeadingElement>(null);
    const rootRef = useRef<HTMLDivElement>(null);
    const ref = useComposedRefs(forwardedRef, rootRef);
    const { connectionId } = registry.options;
    const stepLevel = (headingLevel + 1) as 3 | 4;

    const step: SetupStep =
      view === 'manage'
        ? 'manage'
        : status === 'loading'
          ? 'loading'
          : status === 'needsAuth'
            ? 'connect'
            : status === 'done'
              ? 'done'
              : status === 'failed' && error
                ? 'error'
                : 'map';

    // Store transitions become callbacks, events and announcements; subscribing (not rendering)
    // keeps them to one call per change.
    useEffect(
      () =>
        store.subscribe((state, prev) => {
          const { onEvent: emit, onError: report, onConnection: linked } = callbacks.current;
          if (state.status !== prev.status) {
            emit?.({ type: 'status.changed', status: state.status });
            if (state.status === 'submitting' && prev.status !== 'confirming') {
              const count = state.rowIds.filter(
                (id) => state.rows[id]!.phase === 'submitting',
              ).length;
              emit?.({ type: 'mapping.submitted', count });
            }
            if (state.status === 'confirming') announcer.announce(t('setup.confirming'));
            if (state.status === 'done' || (state.status === 'failed' && !state.error)) {
              let ok = 0;
              let bad = 0;
              for (const id of state.rowIds) {
                const phase = state.rows[id]!.phase;
                if (phase === 'connected') ok++;
                if (phase === 'failed') bad++;
              }
              emit?.({ type: 'setup.completed', connected: ok, failed: bad });
            }
          }
          if (
            prev.connection?.status !== 'Linked' &&
            state.connection?.status === 'Linked' &&
            prev.status === 'needsAuth'
          ) {
            linked?.({ connectionId: state.connectionId });
            emit?.({ type: 'connection.linked', connectionId: state.connectionId });
          }
          if (state.error && state.error !== prev.error) {
            const event = errorEvent(state.error);
            report?.(event);
            emit?.({ type: 'error', code: event.code, userRecoverable: event.userRecoverable });
          }
          if (state.rows !== prev.rows) {
            for (const id of state.rowIds) {
              const row = state.rows[id]!;
              const before = prev.rows[id];
              if (!before || before.phase === row.phase) continue;
              if (row.phase === 'connected')
                emit?.({ type: 'feed.connected', sourceAccountId: id });
              if (row.phase === 'failed' && row.error) {
                const event = errorEvent(row.error, id);
                report?.(event);
                emit?.({ type: 'feed.failed', sourceAccountId: id, code: event.code });
              }
            }
          }
        }),
      [announcer, callbacks, store, t],
    );

    // Focus follows the journey: each new step's heading takes it (not on first render, which
    // would steal focus from the host page).
    const firstStep = useRef(true);
    // A failed round stays on the mapping step but is a new screen for the user.
    const panel = step === 'map' && status === 'failed' ? 'map-failed' : step;
    useEffect(() => {
      if (panel !== 'map-failed') callbacks.current.onEvent?.({ type: 'step.viewed', step });
      if (firstStep.current) {
        firstStep.current = false;
        return;
      }
      // The manager brings its own heading.
      (
        stepHeading.current ??
        rootRef.current?.querySelector<HTMLElement>(
          '[data-scope="connection-manager"][data-part="title"]',
        )
      )?.focus();
      // eslint-disable-next-line react-hooks/exhaustive-deps -- `panel` decides; `step` follows it
    }, [callbacks, panel]);

    // Codat's links work once: read the connection for a fresh one right before opening it.
    const readLinkUrl = async () =>
      (await registry.options.client.getConnection(registry.options.companyId, connectionId))
        .linkUrl;
    const openFresh = () =>
      openFreshLink(readLinkUrl, callbacks.current.openLink).catch((caught: unknown) => {
        const event = errorEvent(caught);
        callbacks.current.onError?.(event);
        callbacks.current.onEvent?.({
          type: 'error',
          code: event.code,
          userRecoverable: event.userRecoverable,
        });
        return null;
      });

    const openXero = (event: MouseEvent<HTMLAnchorElement>) => {
      if (!linkUrl) return;
      // The stored href may be spent; the fresh link is opened instead.
      event.preventDefault();
      const { onConnectionStarted: started, onEvent: emit } = callbacks.current;
      store.getState().watchConnection();
      emit?.({ type: 'xero.link.opened', connectionId });
      void openFresh().then((url) => {
        if (url) started?.({ connectionId, linkUrl: url });
      });
    };

    const reconnect = () => {
      void openFresh();
      store.getState().watchConnection();
    };

    const goManage = () => {
      setView('manage');
      void registry.connections().getState().refresh();
    };
    const goSetup = () => {
      setView('setup');
      // A feed disconnected while managing makes its account selectable again.
      store.getState().reload();
    };
    const finish = () => {
      const state = store.getState();
      const ids = (phase: string) => state.rowIds.filter((id) => state.rows[id]!.phase === phase);
      callbacks.current.onEvent?.({ type: 'finished' });
      callbacks.current.onFinish?.({ connected: ids('connected'), failed: ids('failed') });
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
      body = (
        <section data-scope={scope} data-part="panel" data-state="loading" aria-busy="true">
          {stepTitle(t('setup.loading'))}
        </section>
      );
    } else if (step === 'connect') {
      body = (
        <ConnectPanel
          heading={stepTitle(t('setup.needsAuth.title'))}
          linkUrl={linkUrl}
          watching={watching}
          onOpen={openXero}
          onCheck={() => store.getState().reload()}
        />
      );
    } else if (step === 'error') {
      body = (
        <section data-scope={scope} data-part="panel" data-state="error">
          {stepTitle(t('setup.failed.title'))}
          <ErrorAlert
            scope={scope}
            error={toErrorInfo(error)}
            onRetry={() => store.getState().retry()}
            onReconnect={reconnect}
            supportHref={supportHref}
          />
        </section>
      );
    } else if (step === 'done') {
      body = (
        <section data-scope={scope} data-part="panel" data-state="done">
          {stepTitle(t('setup.done.title'))}
          <p>{plural('setup.done.connected', connected)}</p>
          <div data-scope={scope} data-part="actions">
            {onFinish ? (
              <button type="button" data-variant="primary" onClick={finish}>
                {t('setup.done.finish')}
              </button>
            ) : null}
            <button type="button" onClick={goManage}>
              {t('setup.done.manage')}
            </button>
          </div>
        </section>
      );
    } else {
      body = (
        <section data-scope={scope} data-part="panel" data-state={status}>
          {status === 'failed' ? (
            <>
              {stepTitle(plural('setup.done.failed', failed))}
              <div data-scope={scope} data-part="actions">
                <button
                  type="button"
                  data-variant="primary"
                  onClick={() => store.getState().retry()}
                >
                  {t('setup.done.retryFailed')}
                </button>
                {connected > 0 ? (
                  <button type="button" onClick={goManage}>
                    {t('setup.done.manage')}
                  </button>
                ) : null}
              </div>
            </>
          ) : (
            stepTitle(t('setup.step.map'))
          )}
          {organisation ? (
            <p data-part="hint">{t('setup.organisation', { name: organisation })}</p>
          ) : null}
          <BankFeedsAccountMapper heading={null} />
        </section>
      );
    }

    return (
      <div
        {...rest}
        ref={ref}
        className={cx(className)}
        data-scope={scope}
        data-part="root"
        data-state={step}
        data-status={status}
      >
        <div data-scope={scope} data-part="header">
          {heading === null ? null : (
            <Title data-scope={scope} data-part="title">
              {heading ?? t('setup.title')}
            </Title>
          )}
          {onClose ? (
            <button type="button" data-scope={scope} data-part="close" onClick={close}>
              {t('setup.close')}
            </button>
          ) : null}
        </div>
        {step === 'connect' || step === 'map' || step === 'done' ? (
          <StepIndicator step={step} />
        ) : null}
        {body}
        <LiveRegion announcer={announcer} scope={scope} />
      </div>
    );
  },
);
