import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe("Codat's handlers under exactOptionalPropertyTypes", () => {
  // Banks' own projects may set `exactOptionalPropertyTypes` (the kit's do not): the drop-in type
  // test must compile there too. The real compiler, on the very file of the type test.
  it('compiles the drop-in type test with no error', () => {
    const file = here('./types/codat-drop-in.test-d.ts');
    const config = ts.getParsedCommandLineOfConfigFile(
      here('../tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    )!;
    const program = ts.createProgram([file], {
      ...config.options,
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
    });
    // Only the bank's side: banks compile against the kit's declarations (the kit's own sources
    // are built under its settings, and `skipLibCheck` is the norm), not its implementation.
    const errors = ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  }, 120_000);
});
