// `npm run serve:nginx`: serves dist/ with deploy/nginx.conf in the foreground on PORT (default
// 8080), logging requests to the terminal. Ctrl+C stops it. Installs nothing.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { prepareNginx } from './nginx.mjs';

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number (1-65535); got "${process.env.PORT}".`);
  process.exit(1);
}
const prepared = prepareNginx({ port, accessLog: true });
if (prepared.error) {
  console.error(prepared.error);
  process.exit(1);
}
const cleanUp = () => rmSync(prepared.prefix, { recursive: true, force: true });
const check = spawnSync(prepared.nginx, ['-t', '-q', ...prepared.args], { stdio: 'inherit' });
if (check.status !== 0) {
  cleanUp();
  process.exit(1);
}
console.log(`Serving dist/ with deploy/nginx.conf at http://127.0.0.1:${port}/ (Ctrl+C stops)`);
const child = spawn(prepared.nginx, prepared.args, { stdio: 'inherit' });
// SIGQUIT is nginx's graceful shutdown.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
