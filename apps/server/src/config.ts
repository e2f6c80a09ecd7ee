/** The example's settings, from the environment. */
export interface ServerConfig {
  port: number;
  /** Codat's API key. `null` runs the example on the standalone fake of Codat and Xero. */
  codatApiKey: string | null;
  codatBaseUrl: string;
  /** PostgreSQL's connection string; `null` keeps the data in an embedded PGlite database. */
  databaseUrl: string | null;
  /** Where PGlite keeps its data when there is no `DATABASE_URL`. */
  dataDir: string;
  /** Signs this example's session cookies (at least 32 characters). */
  sessionSecret: string;
  /** The signing secret of Codat's webhook endpoint (`whsec_…`). */
  webhookSecret: string;
  portalUrl: string;
  signInUrl: string;
  allowedOrigins: string[];
  /** Time zone whose calendar decides "today" for Xero's date rules. */
  timeZone: string;
  /** Minutes between push runs over every customer; 0 turns the scheduler off. */
  pushEveryMinutes: number;
  /** The fake's port in mock mode. */
  mockPort: number;
}

const DEV_SESSION_SECRET = 'development-only-session-secret-0123456789';
/** Mock mode's webhook secret, to sign deliveries when trying the webhook route by hand. */
export const DEV_WEBHOOK_SECRET = `whsec_${Buffer.from('development-only-webhook-key-01').toString('base64')}`;

/**
 * Reads the configuration. Without `CODAT_API_KEY` the example runs on the standalone fake
 * (development and demos); with it, against Codat. Nothing else changes between the two.
 *
 * | variable | default |
 * | --- | --- |
 * | `PORT` | `8787` |
 * | `CODAT_API_KEY` | none: mock mode |
 * | `CODAT_BASE_URL` | `https://api.codat.io` (mock mode: the fake's own address) |
 * | `DATABASE_URL` | none: PGlite in `DATA_DIR` |
 * | `DATA_DIR` | `.data/bank-feeds` |
 * | `SESSION_SECRET` | a development value; required with `CODAT_API_KEY` |
 * | `CODAT_WEBHOOK_SECRET` | a development value; required with `CODAT_API_KEY` |
 * | `PORTAL_URL` | `http://localhost:5173/bank-feeds` |
 * | `SIGN_IN_URL` | `<portal origin>/sign-in` |
 * | `ALLOWED_ORIGINS` | the portal's origin (comma-separated list) |
 * | `BANK_TIME_ZONE` | `Europe/London` |
 * | `PUSH_EVERY_MINUTES` | `15` (`0`: no scheduler) |
 * | `MOCK_PORT` | `4010` |
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const codatApiKey = env.CODAT_API_KEY?.trim() || null;
  const sessionSecret = env.SESSION_SECRET ?? (codatApiKey ? '' : DEV_SESSION_SECRET);
  if (sessionSecret.length < 32) {
    throw new Error('SESSION_SECRET must be set (at least 32 characters) when CODAT_API_KEY is.');
  }
  const webhookSecret = env.CODAT_WEBHOOK_SECRET?.trim() || (codatApiKey ? '' : DEV_WEBHOOK_SECRET);
  if (!webhookSecret) {
    throw new Error('CODAT_WEBHOOK_SECRET must be set when CODAT_API_KEY is.');
  }
  const pushEveryMinutes = Number(env.PUSH_EVERY_MINUTES ?? 15);
  if (!Number.isFinite(pushEveryMinutes) || pushEveryMinutes < 0) {
    throw new Error('PUSH_EVERY_MINUTES must be a number of minutes, 0 or more.');
  }
  const portalUrl = env.PORTAL_URL ?? 'http://localhost:5173/bank-feeds';
  const portalOrigin = new URL(portalUrl).origin;
  return {
    port: Number(env.PORT ?? 8787),
    codatApiKey,
    codatBaseUrl: env.CODAT_BASE_URL ?? 'https://api.codat.io',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: env.DATA_DIR ?? '.data/bank-feeds',
    sessionSecret,
    webhookSecret,
    portalUrl,
    signInUrl: env.SIGN_IN_URL ?? `${portalOrigin}/sign-in`,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? portalOrigin)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    timeZone: env.BANK_TIME_ZONE ?? 'Europe/London',
    pushEveryMinutes,
    mockPort: Number(env.MOCK_PORT ?? 4010),
  };
}
