/** The client's methods take their paths from the model's endpoint table, never their own. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Pieces of Codat paths; a string literal holding one is a path written by hand. */
const CODAT_PATH =
  /['"`][^'"`\n]*(\/companies|\/connections|connectionInfo|bankFeedAccounts|bankFeeds\/|\/push)/;

/** A source file without its comments (which may quote Codat's paths) and module specifiers. */
function code(file: URL): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/from\s+['"][^'"]+['"]/g, '');
}

describe('the client’s HTTP layer', () => {
  it('writes no Codat path by hand', () => {
    const folder = new URL('../src/http/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('create-client.ts');
    for (const name of files) {
      const hit = CODAT_PATH.exec(code(new URL(name, folder)));
      expect(hit?.[0], `${name} writes a Codat path`).toBeUndefined();
    }
  });
});
