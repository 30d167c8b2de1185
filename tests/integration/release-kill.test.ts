import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxUnavailable, startNginx } from '../../tools/lib/nginx.ts';
import { PORTS } from '../../tools/lib/ports.ts';
import { PROJECT_ROOT } from '../../tools/lib/project-copy.ts';
import { CURRENT_LINK, RELEASES_DIR, switchCurrent } from '../../tools/lib/release.ts';

/**
 * `npm run release` killed at a random moment while readers request pages through nginx
 * (deploy/nginx.conf serving the `current` symlink): every response stays a complete 200 and
 * `current` still points at the release it served before. The first release is a copy of the
 * project's dist/ (needs `npm run build`); the killed one is a real build of the project.
 * RELEASE_KILL_AFTER_MS fixes the first moment (for reproducing a failure); each moment used is
 * logged.
 */

const PORT = PORTS.nginxFixture;
const PAGES = ['/', '/about/', '/articles/', '/rss.xml', '/no-such-page/'];
const unavailable = nginxUnavailable() ?? (existsSync('dist/index.html') ? undefined : 'no dist/');

function get(urlPath: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path: urlPath }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(unavailable !== undefined)('a release killed mid-build', () => {
  let root = '';
  let server: { stop: () => Promise<void> } | undefined;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'strong-miles-release-'));
    mkdirSync(path.join(root, RELEASES_DIR));
    cpSync('dist', path.join(root, RELEASES_DIR, 'first'), { recursive: true });
    switchCurrent(root, 'first');
    server = await startNginx({ port: PORT, servedDir: path.join(root, CURRENT_LINK) });
  });

  afterAll(async () => {
    await server?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /**
   * Starts a release, requests pages through nginx until a second after `killAfter` ms, and kills
   * the release's process group then. Says whether the kill came first or the release had
   * already finished (a fast machine builds the site in under ten seconds).
   */
  async function releaseKilledAfter(killAfter: number) {
    const release = spawn(
      process.execPath,
      [path.join(PROJECT_ROOT, 'tools/deploy/release.ts'), '--root', root],
      { cwd: PROJECT_ROOT, stdio: 'ignore', detached: true },
    );
    let finishedFirst = false;
    let killed = false;
    const exited = new Promise<void>((resolve) =>
      release.on('exit', () => {
        if (!killed) finishedFirst = true;
        resolve();
      }),
    );
    const failures: string[] = [];
    let requests = 0;
    const started = Date.now();
    const timer = setTimeout(() => {
      killed = true;
      // The whole group: the release script and the astro build it started.
      if (release.pid && !finishedFirst) process.kill(-release.pid, 'SIGKILL');
    }, killAfter);
    while (!killed || Date.now() - started < killAfter + 1000) {
      for (const urlPath of PAGES) {
        const { status, bytes } = await get(urlPath);
        requests += 1;
        const expected = urlPath === '/no-such-page/' ? 404 : 200;
        if (status !== expected || bytes === 0)
          failures.push(`${urlPath}: ${status}, ${bytes} bytes`);
      }
      if (finishedFirst) break;
    }
    clearTimeout(timer);
    await exited;
    return { finishedFirst, failures, requests };
  }

  it('keeps serving the previous release, complete, with no 4xx/5xx', async () => {
    let killAfter =
      Number(process.env.RELEASE_KILL_AFTER_MS) || 1000 + Math.floor(Math.random() * 40_000);
    // A release that finishes before its kill proves only that the switch is clean: go back to
    // the first release and kill the next one sooner, until a kill lands mid-release.
    for (let attempt = 1; attempt <= 6; attempt++) {
      console.log(`[release-kill] killing the release after ${killAfter} ms`);
      const { finishedFirst, failures, requests } = await releaseKilledAfter(killAfter);
      console.log(`[release-kill] ${requests} requests during the release`);
      expect(failures).toEqual([]);
      if (!finishedFirst) {
        expect(readlinkSync(path.join(root, CURRENT_LINK))).toBe(path.join(RELEASES_DIR, 'first'));
        return;
      }
      console.log('[release-kill] the release finished first; trying an earlier moment');
      switchCurrent(root, 'first');
      killAfter = Math.max(300, Math.floor(killAfter / 3));
    }
    throw new Error('every release finished before its kill: the test never killed one');
  });
});
