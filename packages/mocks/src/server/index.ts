/**
 * @bankfeeds/mocks/server: the fake as a standalone HTTP server on `node:http`, for back ends in
 * any language (the `bankfeeds-mock` command) and for Node tests that want a real socket.
 */
export { startMockServer, LINK_PATH } from './start';
export type { MockServer, MockServerOptions } from './options';
export { CONTROL_PREFIX, CONTROL_ROUTES } from './control-routes';
export type { ResetBody } from './control-routes';
export { parseMockServerArgs, USAGE, UsageError } from './args';
export type { ParsedArgs } from './args';
