import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { routes } from '../../src/lib/routes.ts';
import { site } from '../../src/site.config.ts';
import { startNginx } from '../lib/nginx.ts';
import { PORTS } from '../lib/ports.ts';

/**
 * `npm run bench:serve`: a short load run with wrk against deploy/nginx.conf on loopback,
 * printing requests per second and errors for a few representative URLs. A benchmark, not a
 * test: the numbers depend on the machine. Run `npm run build` first. Installs nothing.
 * Options: --port N (default: tools/lib/ports.ts), --seconds N (5), --connections N (32).
 */
const { values: options } = parseArgs({
  options: {
    port: { type: 'string', default: String(PORTS.bench) },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
  },
});
const port = Number(options.port);
const seconds = Number(options.seconds);
const connections = Number(options.connections);
const guide = routes.article(site.guideSlug);
const TARGETS = [
  { path: routes.home(), encoding: 'br' },
  { path: guide, encoding: 'br' },
  { path: guide, encoding: 'gzip' },
  { path: routes.feedRss(), encoding: 'identity' },
];

if (spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).status !== 0) {
  console.error('wrk is not installed. On Debian or Ubuntu: sudo apt-get install wrk');
  process.exit(1);
}

let server: Awaited<ReturnType<typeof startNginx>>;
try {
  server = await startNginx({ port, workers: 'auto' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

console.log(
  `wrk: ${seconds} s per URL, ${connections} connections, 2 threads, nginx on 127.0.0.1:${port}\n`,
);
const rows: {
  url: string;
  encoding: string;
  'requests/s': number;
  'transfer/s': string;
  'non-2xx/3xx': number;
  'socket errors': number;
}[] = [];
try {
  for (const { path, encoding } of TARGETS) {
    const run = spawnSync(
      'wrk',
      [
        '-t2',
        `-c${connections}`,
        `-d${seconds}s`,
        '-H',
        `Accept-Encoding: ${encoding}`,
        `http://127.0.0.1:${port}${path}`,
      ],
      { encoding: 'utf8' },
    );
    const output = run.stdout ?? '';
    const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? NaN);
    const socketErrors =
      /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
    rows.push({
      url: path,
      encoding,
      'requests/s': Math.round(number(/Requests\/sec:\s+([\d.]+)/)),
      'transfer/s': /Transfer\/sec:\s+(\S+)/.exec(output)?.[1] ?? '?',
      'non-2xx/3xx': number(/Non-2xx or 3xx responses: (\d+)/) || 0,
      'socket errors': socketErrors
        ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0)
        : 0,
    });
    if (run.status !== 0) console.error(run.stderr);
  }
} finally {
  await server.stop();
}
console.table(rows);
const errors = rows.reduce((sum, row) => sum + row['non-2xx/3xx'] + row['socket errors'], 0);
console.log(`\nErrors: ${errors}`);
process.exit(errors === 0 ? 0 : 1);
