'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import { createSlot } from '../internal/create-slot';
import { useI18n } from '../i18n/i18n-context';
import { formatCalendarDate } from '../i18n/format';
import { partContent } from '../internal/slot';
import { useConnectionManagerContext } from './connection-manager-context';
import { connectionManagerAnatomy } from './anatomy';

/** Props of `ConnectionManager.Title`. */
export interface ConnectionManagerTitleProps extends HTMLAttributes<HTMLHeadingElement> {
  /** Heading level; ignored with `asChild`, where the child decides. @default 2 */
  level?: 2 | 3 | 4 | undefined;
  /**
   * Renders the only child (your own heading) instead of the `<h2>`, with the part's props, `id`
   * (which names the feed table), `tabIndex={-1}` (focus lands here after a disconnect) and data
   * attributes merged onto it; the child supplies the content, or gets the translated title when
   * it has none. @default false
   */
  asChild?: boolean | undefined;
}

const TitleSlot = /* @__PURE__ */ createSlot<HTMLHeadingElement>('ConnectionManager.Title');

/** The manager's heading; focus lands here after a disconnect. */
export const ConnectionManagerTitle = /* @__PURE__ */ forwardRef<
  HTMLHeadingElement,
  ConnectionManagerTitleProps
>(function ConnectionManagerTitle({ level = 2, asChild = false, children, ...props }, ref) {
  const { t } = useI18n();
  const { headingId } = useConnectionManagerContext('Title');
  const Heading = asChild ? TitleSlot : (`h${level}` as const);
  return (
    <Heading
      {...props}
      ref={ref}
      id={headingId}
      tabIndex={-1}
      {...connectionManagerAnatomy.attrs('title')}
    >
      {partContent(asChild, children, t('manager.title'))}
    </Heading>
  );
});

/** Props of `ConnectionManager.Organisation`. */
export type ConnectionManagerOrganisationProps = HTMLAttributes<HTMLDListElement>;

/**
 * The Xero organisation's name and the connection's status, with Reconnect when it isn't linked.
 * Props and the ref reach the `<dl>`; rendered once the data is ready.
 */
export const ConnectionManagerOrganisation = /* @__PURE__ */ forwardRef<
  HTMLDListElement,
  ConnectionManagerOrganisationProps
>(function ConnectionManagerOrganisation(props, ref) {
  const { t, locale } = useI18n();
  const ctx = useConnectionManagerContext('Organisation');
  if (ctx.status !== 'ready') return null;
  const linked = ctx.connectionStatus === 'Linked';
  const day = (iso: string) => formatCalendarDate(iso.slice(0, 10), locale);
  return (
    <div {...connectionManagerAnatomy.attrs('header')}>
      <dl {...props} ref={ref} {...connectionManagerAnatomy.attrs('organisation')}>
        <div>
          <dt>{t('manager.organisation')}</dt>
          <dd>{ctx.organisationName ?? t('common.notAvailable')}</dd>
        </div>
        {ctx.connectionStatus ? (
          <div>
            <dt>{t('manager.connection')}</dt>
            <dd>
              <span {...connectionManagerAnatomy.attrs('badge')} data-state={ctx.connectionStatus}>
                {t(`connection.${ctx.connectionStatus}`)}
              </span>
            </dd>
          </div>
        ) : null}
        {ctx.connectedSince ? (
          <div>
            <dt>{t('manager.firstAuthorised')}</dt>
            <dd>{day(ctx.connectedSince)}</dd>
          </div>
        ) : null}
        {ctx.lastSync ? (
          <div>
            <dt>{t('manager.lastSync')}</dt>
            <dd>{day(ctx.lastSync)}</dd>
          </div>
        ) : null}
      </dl>
      {ctx.connectionEnded ? (
        <div {...connectionManagerAnatomy.attrs('ended')}>
          <p>{t('manager.ended')}</p>
          {ctx.onReconnect ? (
            <button type="button" data-variant="primary" onClick={ctx.onReconnect}>
              {t('manager.connectAgain')}
            </button>
          ) : null}
        </div>
      ) : null}
      {linked && ctx.canEnd && !ctx.connectionEnded ? (
        <button
          type="button"
          data-variant="danger"
          {...connectionManagerAnatomy.attrs('endConnection')}
          onClick={(event) => ctx.requestEnd(event.currentTarget)}
        >
          {t('manager.end')}
        </button>
      ) : null}
      {!linked && !ctx.connectionEnded && ctx.connectionStatus && ctx.onReconnect ? (
        <div {...connectionManagerAnatomy.attrs('reconnect')}>
          <p data-part="hint">{t('manager.reconnectHint')}</p>
          <button type="button" data-variant="primary" onClick={ctx.onReconnect}>
            {t('manager.reconnect')}
          </button>
        </div>
      ) : null}
    </div>
  );
});
