// Installing the packed kit into an app outside the workspace, as a bank's portal would, and
// the checks that it came from the tarballs. Shared by the consumer apps' checks.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGES, run } from './lib.mjs';

/** Runs a command; throws with the end of its output unless it exits 0. Resolves with the output. */
export async function must(command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.code}\n${result.output.slice(-4000)}`,
    );
  }
  return result.output;
}

/**
 * Writes `manifest` into `dir` and installs it with npm (scripts run only when `scripts`), then
 * checks that every kit package came from its tarball, one copy each: never from the registry or
 * a workspace link.
 */
export async function installPackedKit(dir, manifest, { scripts = false } = {}) {
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  await must(
    'npm',
    [
      'install',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...(scripts ? [] : ['--ignore-scripts']),
      '--loglevel=error',
    ],
    { cwd: dir, timeoutMs: 240_000 },
  );
  for (const pkg of PACKAGES.filter((kit) => manifest.dependencies[kit.name])) {
    const pkgDir = join(dir, 'node_modules', pkg.name);
    const built = readFileSync(join(pkg.pkgDir, 'dist/index.js'));
    if (
      existsSync(join(pkgDir, 'src')) ||
      !readFileSync(join(pkgDir, 'dist/index.js')).equals(built)
    ) {
      throw new Error(`${pkg.name} in node_modules is not the packed package`);
    }
    for (const other of PACKAGES) {
      if (existsSync(join(pkgDir, 'node_modules', other.name))) {
        throw new Error(`${pkg.name} got its own copy of ${other.name}`);
      }
    }
  }
}

/** {@link installPackedKit} for a browser app, which must get React `reactVersion`. */
export async function npmInstall(dir, manifest, reactVersion) {
  await installPackedKit(dir, manifest);
  const installed = JSON.parse(
    readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8'),
  ).version;
  if (installed !== reactVersion)
    throw new Error(`react ${installed} installed, not ${reactVersion}`);
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile());
}
