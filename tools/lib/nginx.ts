import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './project-copy.ts';

/**
 * Runs deploy/nginx.conf on a local port, as any user: a throw-away prefix folder holds the main
 * config, pid file and temp folders. Used by `npm run serve:nginx`, `npm run bench:serve` and the
 * nginx tests. Installs nothing: if nginx is missing it says how to get it.
 */

const SITE_CONFIG = path.join(PROJECT_ROOT, 'deploy/nginx.conf');
/** The production root in deploy/nginx.conf. */
const PRODUCTION_ROOT = '/srv/strong-miles';
/** The folder nginx serves in production (the `current` release symlink), replaced locally. */
const PRODUCTION_SERVED = `${PRODUCTION_ROOT}/current`;

export const NGINX_INSTALL_HINT =
  'nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx libnginx-mod-http-brotli-static';
export const BROTLI_INSTALL_HINT =
  'The nginx brotli static module is missing. On Debian or Ubuntu: sudo apt-get install libnginx-mod-http-brotli-static';

/** The nginx binary on PATH or in the usual places, or undefined. */
export function findNginx(): string | undefined {
  const candidates = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  const onPath = which.status === 0 ? which.stdout.trim() : '';
  return [onPath, ...candidates].find((candidate) => candidate && existsSync(candidate));
}

/** What `nginx -V` reports: the config folder (for mime.types) and the modules folder. */
function nginxBuild(nginx: string) {
  const info = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr ?? '';
  const confPath = /--conf-path=(\S+)/.exec(info)?.[1] ?? '/etc/nginx/nginx.conf';
  const modulesPath = /--modules-path=(\S+)/.exec(info)?.[1] ?? '/usr/lib/nginx/modules';
  return {
    mimeTypes: path.join(path.dirname(confPath), 'mime.types'),
    brotliModule: path.join(modulesPath, 'ngx_http_brotli_static_module.so'),
    brotliBuiltIn: info.includes('brotli'),
  };
}

/** Why nginx cannot serve the site here (what to install), or undefined when it can. */
export function nginxUnavailable(): string | undefined {
  const nginx = findNginx();
  if (!nginx) return NGINX_INSTALL_HINT;
  const build = nginxBuild(nginx);
  if (!existsSync(build.brotliModule) && !build.brotliBuiltIn) return BROTLI_INSTALL_HINT;
  return undefined;
}

export interface NginxOptions {
  port: number;
  /** Folder holding dist/ (default: the project). */
  siteRoot?: string;
  /** The folder served (default `siteRoot`/dist): `npm run serve:nginx` serves `current`. */
  servedDir?: string;
  accessLog?: boolean;
  workers?: number | 'auto';
  /** Refuse to prepare without a build (default true); false tests a server with no dist/. */
  requireBuild?: boolean;
  /** More http-context config beside the site, such as another site's server block. */
  extraHttp?: string;
}

/** A prepared nginx: the binary, its prefix folder and the arguments that start it. */
export type PreparedNginx =
  { error: string } | { error?: undefined; nginx: string; prefix: string; args: string[] };

/**
 * Writes a prefix folder whose nginx.conf serves `servedDir` on 127.0.0.1:`port` with
 * deploy/nginx.conf. Only the listen address and the /srv/strong-miles/current paths change.
 * Returns the nginx command line, or { error } with a message saying what to install.
 */
export function prepareNginx({
  port,
  siteRoot = PROJECT_ROOT,
  accessLog = false,
  workers = 1,
  requireBuild = true,
  extraHttp = '',
  servedDir = path.join(siteRoot, 'dist'),
}: NginxOptions): PreparedNginx {
  const unavailable = nginxUnavailable();
  if (unavailable) return { error: unavailable };
  const nginx = findNginx()!;
  const build = nginxBuild(nginx);
  const loadBrotli = existsSync(build.brotliModule);
  if (requireBuild && !existsSync(path.join(servedDir, '_nginx/server.conf'))) {
    return { error: `No build in ${servedDir}: run "npm run build" or "npm run release" first.` };
  }

  const prefix = mkdtempSync(path.join(tmpdir(), 'strong-miles-nginx-'));
  for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(prefix, folder));
  }
  const production = readFileSync(SITE_CONFIG, 'utf8');
  const local = production
    .replaceAll(PRODUCTION_SERVED, servedDir)
    .replace(/^\s*listen \[::\]:8080;\n/m, '')
    .replace(/^(\s*)listen 8080;/m, `$1listen 127.0.0.1:${port};`);
  const directives = local.split('\n').filter((line) => !/^\s*#/.test(line));
  if (
    !local.includes(`listen 127.0.0.1:${port};`) ||
    directives.some((line) => line.includes(PRODUCTION_ROOT))
  ) {
    return {
      error: `deploy/nginx.conf no longer has "listen 8080;" and only ${PRODUCTION_SERVED} paths.`,
    };
  }
  writeFileSync(path.join(prefix, 'site.conf'), local);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      '# Local runner for deploy/nginx.conf, written by tools/lib/nginx.ts.',
      loadBrotli ? `load_module ${build.brotliModule};` : '',
      // As root nginx would hand requests to "nobody", who may not read a checkout in a home
      // folder; this is a local server, so it keeps the invoking user.
      isRoot ? 'user root;' : '',
      `worker_processes ${workers};`,
      'daemon off;',
      `pid ${prefix}/nginx.pid;`,
      'error_log stderr warn;',
      'events { worker_connections 1024; }',
      'http {',
      `    include ${build.mimeTypes};`,
      '    default_type application/octet-stream;',
      '    sendfile on;',
      accessLog ? '    access_log /dev/stdout;' : '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (folder) => `    ${folder}_temp_path ${prefix}/${folder};`,
      ),
      `    include ${prefix}/site.conf;`,
      extraHttp,
      '}',
      '',
    ].join('\n'),
  );
  return {
    nginx,
    prefix,
    args: ['-e', 'stderr', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')],
  };
}

/** Resolves once something accepts connections on the port (or rejects after `timeoutMs`). */
export function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise<void>((resolve, reject) => {
    const attempt = () => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Starts nginx in the background for tests and benchmarks; `stop()` ends it and removes the
 * prefix folder. Rejects with the install hint when nginx cannot run.
 */
export async function startNginx(options: NginxOptions): Promise<{ stop: () => Promise<void> }> {
  const prepared = prepareNginx(options);
  if ('error' in prepared) throw new Error(prepared.error);
  const check = spawnSync(prepared.nginx, ['-t', '-q', ...prepared.args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected the config:\n${check.stderr}`);
  const child = spawn(prepared.nginx, prepared.args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    await Promise.race([
      waitForPort(options.port),
      exited.then(() => Promise.reject(new Error(`nginx stopped:\n${stderr}`))),
    ]);
  } catch (error) {
    child.kill('SIGTERM');
    rmSync(prepared.prefix, { recursive: true, force: true });
    throw error;
  }
  return {
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      rmSync(prepared.prefix, { recursive: true, force: true });
    },
  };
}
