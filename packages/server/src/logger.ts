import type { LogFields, Logger } from './bank';

/** A logger that writes one JSON object per line to stdout (info) and stderr (warn, error). */
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

/** A logger that keeps nothing. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
