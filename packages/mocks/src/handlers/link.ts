import { ENDPOINTS } from '@bankfeeds/model';
import { HttpResponse, type HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { mswPath } from './endpoint-route';
import type { Route } from './pipeline';
import { json } from './respond';

// The consent pages sit under the connection's own path, at the fake's link base (not Codat's API).
const CONNECTION = mswPath(ENDPOINTS.getConnection.path);

/** What a used or expired link shows (Codat's expired link page answers 401). */
export const LINK_REFUSED_TEXT =
  'This link has expired or was already used. Go back to your bank and start connecting again to get a new link.';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string, status = 200): Response {
  return new HttpResponse(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}

function refused(): Response {
  return page('Link expired', `<p role="alert">${escapeHtml(LINK_REFUSED_TEXT)}</p>`, 401);
}

function wantsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * The simulated Xero consent behind every `linkUrl` (no auth, as for a browser page). Each link
 * carries a one-time password (`…/start?otp=123456`): `GET …/start` shows the consent page once
 * (a second visit, or a visit after a day on the fake's clock, shows a 401 error page and does
 * nothing). The page's buttons post, with the same password, to `…/authorize` (consent: the
 * connection becomes `Linked`, or fails as Codat would) and `…/deny` (cancelled). The two POSTs
 * are the fake's own; each password decides once; they answer the connection as JSON, or a page
 * when HTML is asked for.
 */
export function linkHandlers(route: Route, linkBase: string, fake: FakeCodat): HttpHandler[] {
  const open = { open: true };
  const decide = (allow: boolean) =>
    route(
      'post',
      linkBase,
      `${CONNECTION}/${allow ? 'authorize' : 'deny'}`,
      ({ params, request, url }) => {
        const connection = fake.consentThroughLink(
          params.companyId!,
          params.connectionId!,
          url.searchParams.get('otp'),
          allow,
        );
        if (!connection) return refused();
        if (!wantsHtml(request)) return json(connection);
        return connection.status === 'Linked'
          ? page('Connected to Xero', '<p>You can close this window and return to your bank.</p>')
          : page(
              'Xero was not connected',
              `<p>${escapeHtml(connection.dataConnectionErrors?.at(-1)?.errorMessage ?? '')}</p>` +
                '<p>You can close this window and return to your bank.</p>',
            );
      },
      open,
    );
  return [
    route(
      'get',
      linkBase,
      `${CONNECTION}/start`,
      ({ params, url }) => {
        const otp = url.searchParams.get('otp');
        const link = fake.openLink(params.companyId!, params.connectionId!, otp);
        if (!link) return refused();
        // The buttons carry the password the page was opened with: it decides once.
        const query = `?otp=${encodeURIComponent(otp!)}`;
        return page(
          'Connect to Xero',
          `<p>Allow Northwind Bank to send bank feeds to the Xero organisation <strong>${escapeHtml(link.organisation)}</strong>?</p>` +
            `<p>Connection status: <span data-status>${escapeHtml(link.status)}</span></p>` +
            `<form method="post" action="authorize${query}"><button type="submit">Allow access</button></form>` +
            `<form method="post" action="deny${query}"><button type="submit">Cancel</button></form>`,
        );
      },
      open,
    ),
    decide(true),
    decide(false),
  ];
}
