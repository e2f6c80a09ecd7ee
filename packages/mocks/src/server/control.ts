import { FakeCodatError } from '../fake/errors';
import {
  CONTROL_PREFIX,
  CONTROL_ROUTES,
  ControlError,
  type ControlRoute,
  type ControlTarget,
} from './control-routes';

function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (!want[i]!.startsWith(':')) {
      if (want[i] !== got[i]) return null;
      continue;
    }
    try {
      params[want[i]!.slice(1)] = decodeURIComponent(got[i]!);
    } catch {
      return null; // a malformed escape matches no route
    }
  }
  return params;
}

function reply(status: number, body: unknown): Response {
  return Response.json(body ?? null, { status });
}

async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ControlError(400, 'The body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ControlError(400, 'The body must be a JSON object');
  return parsed as Record<string, unknown>;
}

/**
 * Answers a request under {@link CONTROL_PREFIX}. Refusals answer `{ error }`: the fake's own
 * ones with Codat's status and text (`codat` holds Codat's error body), bad input with 400, an
 * unknown route with 404 and the list of routes.
 */
export async function handleControl(request: Request, target: ControlTarget): Promise<Response> {
  const path = new URL(request.url).pathname.slice(CONTROL_PREFIX.length).replace(/\/+$/, '');
  let found: { route: ControlRoute; params: Record<string, string> } | undefined;
  for (const route of CONTROL_ROUTES) {
    const params = match(route.path, path);
    if (params && route.method === request.method) found = { route, params };
    if (found) break;
  }
  if (!found)
    return reply(404, {
      error: `No control route ${request.method} ${CONTROL_PREFIX}${path}`,
      routes: CONTROL_ROUTES.map((r) => `${r.method} ${CONTROL_PREFIX}${r.path}`),
    });
  try {
    const body = request.method === 'POST' ? await bodyOf(request) : {};
    return reply(200, await found.route.run({ params: found.params, body, target }));
  } catch (error) {
    if (error instanceof FakeCodatError)
      return reply(error.status, { error: error.message, codat: error.body });
    if (error instanceof ControlError) return reply(error.status, { error: error.message });
    return reply(500, { error: error instanceof Error ? error.message : String(error) });
  }
}
