/** The client's methods take their paths from the model's endpoint table, never their own. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handWrittenCodatPath } from '../../model/test/hand-written-paths';

describe('the client’s HTTP layer', () => {
  it('writes no Codat path by hand', () => {
    const folder = new URL('../src/http/', import.meta.url);
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('create-client.ts');
    for (const name of files) {
      expect(handWrittenCodatPath(new URL(name, folder)), `${name} writes a Codat path`).toBeNull();
    }
  });
});
