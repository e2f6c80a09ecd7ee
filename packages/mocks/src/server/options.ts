import type { FakeCodat, FakeCodatOptions } from '../create-fake';
import type { HandlerOptions } from '../handlers';

/**
 * How to start the standalone server: where it listens, plus every option of the fake and its
 * handlers except the two it sets itself (the base URL and the link base are the server's own
 * origin, so `linkUrl`s point at it).
 */
export interface MockServerOptions
  extends Omit<HandlerOptions, 'baseUrl' | 'fake'>, Omit<FakeCodatOptions, 'linkBaseUrl'> {
  /** Port to listen on; 0 picks a free one. @default 4010 */
  port?: number;
  /** Address to listen on. @default '127.0.0.1' */
  host?: string;
  /**
   * The origin clients reach the server at, when it is not `http://host:port` (a container
   * name, a tunnel). The API answers whatever `Host` a request carries; this only names the
   * server in `linkUrl`s and in `url`. @default `http://host:port` (`localhost` for a wildcard host)
   */
  publicUrl?: string;
}

/** A running standalone server. */
export interface MockServer {
  /** Its origin, e.g. `http://127.0.0.1:4010`: Codat's base URL for the code under test. */
  readonly url: string;
  /** The fake now served. A reset (`POST /_fake/reset`) replaces it, so read it each time. */
  readonly fake: FakeCodat;
  /** Stops listening, ends open connections and resolves once the server is closed. */
  close(): Promise<void>;
}
