/**
 * For the tests that hold the client, the mocks and the proxy to the model's endpoint table: a
 * Codat path written by hand in a source file, or `null`. Comments (which may quote Codat's
 * paths) and module specifiers are left out.
 */
import { readFileSync } from 'node:fs';

/** Pieces of Codat paths; a string literal holding one is a path written by hand. */
const CODAT_PATH =
  /['"`][^'"`\n]*(\/companies|\/connections|connectionInfo|bankFeedAccounts|bankFeeds\/|\/push)/;

/** The first hand-written Codat path in `file`, or `null`. */
export function handWrittenCodatPath(file: URL): string | null {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/from\s+['"][^'"]+['"]/g, '');
  return CODAT_PATH.exec(code)?.[0] ?? null;
}
