/** One structured log line. Values are plain data: never headers, never request bodies. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Where the server writes what it did. Swap in your own (pino, winston, ...). */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that writes one JSON object per line to stdout/stderr. */
export function createConsoleLogger(): Logger {
  const write =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, fields: LogFields = {}) => {
      const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
      if (level === 'info') console.log(line);
      else console.error(line);
    };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

/** A logger that keeps nothing (tests that do not look at logs). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
