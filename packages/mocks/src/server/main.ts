#!/usr/bin/env node
/**
 * The `bankfeeds-mock` command: parses the flags, starts the server, prints one line once it
 * listens (tests wait for it) and stops cleanly on SIGINT or SIGTERM.
 */
import { parseMockServerArgs, USAGE, UsageError } from './args';
import { startMockServer } from './start';

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseMockServerArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bankfeeds-mock: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const server = await startMockServer(parsed.options);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`bankfeeds-mock: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`bankfeeds-mock listening on ${server.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bankfeeds-mock: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
