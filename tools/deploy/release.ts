import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findNginx } from '../lib/nginx.ts';
import { PROJECT_ROOT } from '../lib/project-copy.ts';
import {
  CURRENT_LINK,
  currentRelease,
  releaseName,
  releaseProblems,
  RELEASES_DIR,
  releasesToRemove,
  switchCurrent,
} from '../lib/release.ts';

/**
 * `npm run release`: builds the site into a fresh folder releases/<time>-<pid>/, runs the
 * build-time checks on it (check:dist, then no missing or intermediate files), and only then
 * switches the `current` symlink to it in one rename. deploy/nginx.conf and `npm run serve:nginx`
 * serve `current`, so a build that fails or is killed (at any moment) leaves the previous release
 * serving, complete. Keeps the two releases before the served one, deletes older ones.
 *
 * Options: --root DIR (where releases/ and current live; default the project),
 * --reload (then `nginx -s reload`, so nginx reads the new release's generated includes:
 * redirects and headers; pages switch without it).
 */
const { values: options } = parseArgs({
  options: {
    root: { type: 'string', default: PROJECT_ROOT },
    reload: { type: 'boolean', default: false },
  },
});
const deployRoot = path.resolve(options.root);
const name = releaseName(new Date(), process.pid);
const releaseDir = path.join(deployRoot, RELEASES_DIR, name);
mkdirSync(path.dirname(releaseDir), { recursive: true });

/** Stops with a message; the unfinished release folder goes, `current` is untouched. */
function fail(message: string): never {
  rmSync(releaseDir, { recursive: true, force: true });
  console.error(
    `${message}\nNothing was switched: ${CURRENT_LINK} still serves ${currentRelease(deployRoot) ?? 'nothing'}.`,
  );
  process.exit(1);
}

const run = (step: string, command: string, args: string[]) => {
  console.log(`\n[release] ${step}`);
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) fail(`[release] ${step} failed.`);
};

const bin = (tool: string) => path.join(PROJECT_ROOT, 'node_modules/.bin', tool);
run(`Building into ${path.relative(deployRoot, releaseDir)}`, bin('astro'), [
  'build',
  '--outDir',
  releaseDir,
]);
run('Checking links, pages and CSP hashes (check:dist)', process.execPath, [
  path.join(PROJECT_ROOT, 'tools/check/dist.ts'),
  '--dist',
  releaseDir,
]);
const problems = releaseProblems(releaseDir);
if (problems.length > 0) fail(`[release] The build cannot be served:\n  ${problems.join('\n  ')}`);

const previous = currentRelease(deployRoot);
switchCurrent(deployRoot, name);
console.log(`\n[release] ${CURRENT_LINK} -> ${RELEASES_DIR}/${name} (was ${previous ?? 'none'})`);

const names = readdirSync(path.join(deployRoot, RELEASES_DIR));
for (const old of releasesToRemove(names, name)) {
  rmSync(path.join(deployRoot, RELEASES_DIR, old), { recursive: true, force: true });
  console.log(`[release] removed ${RELEASES_DIR}/${old}`);
}

if (options.reload) {
  const nginx = findNginx();
  const reload = nginx ? spawnSync(nginx, ['-s', 'reload'], { stdio: 'inherit' }) : undefined;
  if (reload?.status !== 0) {
    console.error(
      '[release] nginx -s reload failed: the pages are live, the new redirects and headers are not yet.',
    );
    process.exit(1);
  }
}
