/**
 * `@bankfeeds/server/node`: the handlers on Node's `http` server and on Connect/Express.
 */
export { toNodeListener, toExpressMiddleware, type WebHandler } from './adapters/node';
