import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareNginx } from '../lib/nginx.ts';
import { PROJECT_ROOT } from '../lib/project-copy.ts';
import { CURRENT_LINK } from '../lib/release.ts';

/**
 * `npm run serve:nginx`: serves the build with deploy/nginx.conf in the foreground, logging
 * requests to the terminal. Ctrl+C stops it. Installs nothing. Option: --port N (default $PORT
 * or 8080). It serves the `current` release symlink when there is one (`npm run release`
 * switches it atomically, so rebuilding never interrupts the server), else dist/ (which
 * `npm run build` empties while it runs).
 */
const { values: options } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '8080' } },
});
const port = Number(options.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`The port must be a number from 1 to 65535; got "${options.port}".`);
  process.exit(1);
}
const currentLink = path.join(PROJECT_ROOT, CURRENT_LINK);
const servedDir = existsSync(currentLink) ? currentLink : path.join(PROJECT_ROOT, 'dist');
const prepared = prepareNginx({ port, accessLog: true, servedDir });
if ('error' in prepared) {
  console.error(prepared.error);
  process.exit(1);
}
const cleanUp = () => rmSync(prepared.prefix, { recursive: true, force: true });
const check = spawnSync(prepared.nginx, ['-t', '-q', ...prepared.args], { stdio: 'inherit' });
if (check.status !== 0) {
  cleanUp();
  process.exit(1);
}
console.log(
  `Serving ${path.relative(PROJECT_ROOT, servedDir)}/ with deploy/nginx.conf at http://127.0.0.1:${port}/ (Ctrl+C stops)`,
);
const child = spawn(prepared.nginx, prepared.args, { stdio: 'inherit' });
// SIGQUIT is nginx's graceful shutdown.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
