// Runs a long-lived command (the demo's dev server) so that stopping this process stops it too.
// The command gets a process group of its own, and SIGINT, SIGTERM and SIGHUP sent to this
// process are passed on to that whole group: pnpm does not stop a script's children when it is
// killed, so signalling pnpm alone would leave Vite running.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Starts `command` in its own process group with this process's stdout and stderr, forwards the
 * stop signals to the group, and resolves with the exit code to leave with: the command's own, or
 * 128 + the signal's number when a signal ended it. Standard input is not passed on: a process
 * group that is not the terminal's foreground one would be stopped (SIGTTIN) by reading it.
 */
export function runInOwnGroup(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      ...options,
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const forward = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
    };
    const handlers = FORWARDED.map((signal) => {
      const handler = () => forward(signal);
      process.on(signal, handler);
      return [signal, handler];
    });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      // Whatever the command left behind in its group goes with it.
      forward('SIGTERM');
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}
