import type { LogFields, Logger } from './bank';

const toBase64 = (text: string) => Buffer.from(text).toString('base64');

/**
 * Replaces every occurrence of the given secrets (and their base64 forms, as sent in a Basic
 * header) with `[redacted]`. A second line of defence: the client never puts headers in errors or
 * logs, but nothing the server writes should depend on that alone.
 */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const forms = secrets
    .filter((secret) => secret.length >= 8)
    .flatMap((secret) => [secret, toBase64(secret)]);
  return (text) => forms.reduce((out, form) => out.split(form).join('[redacted]'), text);
}

/** A logger that redacts secrets from messages and string fields before passing them on. */
export function redactingLogger(inner: Logger, redact: (text: string) => string): Logger {
  const clean = (fields: LogFields | undefined): LogFields | undefined =>
    fields &&
    Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [
        key,
        typeof value === 'string' ? redact(value) : value,
      ]),
    );
  return {
    info: (message, fields) => inner.info(redact(message), clean(fields)),
    warn: (message, fields) => inner.warn(redact(message), clean(fields)),
    error: (message, fields) => inner.error(redact(message), clean(fields)),
  };
}
