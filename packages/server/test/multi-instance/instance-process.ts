import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bundleForNode,
  startNodeProcess,
  type ReadyProcess,
} from '../../../../scripts/test-support/child-process';
import type { InstanceConfig } from './instance-main';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), 'instance-main.ts');

/** Builds the instance's entry from source into one file in a temp dir. */
export const buildInstance = (): Promise<{ script: string; remove(): void }> =>
  // pg's optional native binding is not installed.
  bundleForNode(MAIN, { name: 'bankfeeds-instance', external: ['pg-native'] });

/** A running instance: a child process. */
export interface RunningInstance extends ReadyProcess {
  name: string;
}

/** Starts an instance and resolves once it listens; rejects with its output if it exits first. */
export async function startInstance(
  script: string,
  config: InstanceConfig,
): Promise<RunningInstance> {
  const ready = await startNodeProcess(script, [], {
    ready: /^instance listening on (\S+)$/m,
    env: { ...process.env, INSTANCE_CONFIG: JSON.stringify(config) },
  });
  return { ...ready, name: config.name };
}

/** The JSON log lines an instance wrote. */
export function logLinesOf(instance: RunningInstance): Array<Record<string, unknown>> {
  return instance
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
