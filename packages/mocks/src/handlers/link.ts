import { HttpResponse, type HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import type { Route } from './pipeline';
import { json } from './respond';

const CONNECTION = '/companies/:companyId/connections/:connectionId';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): Response {
  return new HttpResponse(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );
}

function wantsHtml(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * The simulated Xero consent behind every `linkUrl` (no auth, as for a browser page):
 * `GET …/start` shows a small consent page whose buttons post to `…/authorize` (the connection
 * becomes `Linked`) and `…/deny` (it stays as it is, with the refusal listed on it). The two
 * POSTs are the fake's own; they answer the connection as JSON, or a page when HTML is asked for.
 */
export function linkHandlers(route: Route, linkBase: string, fake: FakeCodat): HttpHandler[] {
  const open = { open: true };
  return [
    route(
      'get',
      linkBase,
      `${CONNECTION}/start`,
      ({ params }) => {
        const connection = fake.getConnection(params.companyId!, params.connectionId!);
        const organisation = fake.getOrganisation(connection.id).name;
        return page(
          'Connect to Xero',
          `<p>Allow Northwind Bank to send bank feeds to the Xero organisation <strong>${escapeHtml(organisation)}</strong>?</p>` +
            `<p>Connection status: <span data-status>${escapeHtml(connection.status)}</span></p>` +
            `<form method="post" action="authorize"><button type="submit">Allow access</button></form>` +
            `<form method="post" action="deny"><button type="submit">Cancel</button></form>`,
        );
      },
      open,
    ),
    route(
      'post',
      linkBase,
      `${CONNECTION}/authorize`,
      ({ params, request }) => {
        const connection = fake.authorizeConnection(params.companyId!, params.connectionId!);
        return wantsHtml(request)
          ? page('Connected to Xero', '<p>You can close this window and return to your bank.</p>')
          : json(connection);
      },
      open,
    ),
    route(
      'post',
      linkBase,
      `${CONNECTION}/deny`,
      ({ params, request }) => {
        const connection = fake.denyConnection(params.companyId!, params.connectionId!);
        return wantsHtml(request)
          ? page(
              'Xero was not connected',
              '<p>You can close this window and return to your bank.</p>',
            )
          : json(connection);
      },
      open,
    ),
  ];
}
