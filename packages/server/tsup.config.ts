import { defineConfig, type Options } from 'tsup';
import { headlessLibrary } from '../../tsup.library';

/** The package's entries: `.` (the handlers) and `./node` (the Node and Express adapters). */
const entries = { index: 'src/index.ts', node: 'src/node.ts' };

/**
 * The headless build (ESM one file per module, CommonJS bundled), with declarations and a
 * CommonJS bundle for each entry, as `exports` lists them.
 */
export default defineConfig(
  headlessLibrary().map((options): Options => ({
    ...options,
    ...(options.format?.includes('cjs') ? { entry: entries } : {}),
    dts: { ...(options.dts as object), entry: entries },
  })),
);
