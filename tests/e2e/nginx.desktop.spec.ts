import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { nginxUnavailable, prepareNginx, startNginx } from '../../tools/lib/nginx.ts';
import { PORTS } from '../../tools/lib/ports.ts';
import { CACHE_CONTROL } from '../../src/integrations/deploy-files/deploy-files.ts';
import { securityHeaders, svgContentSecurityPolicy } from '../../src/lib/security';

/**
 * deploy/nginx.conf serving the build (run by tools/lib/nginx.ts exactly as `npm run serve:nginx`
 * does): headers, precompressed responses, the 404 page, trailing-slash redirects and caching.
 * The site is a copy of dist/ plus one hashed stylesheet stand-in, because this site inlines its
 * CSS (its only /_astro/ files are the program page's calendar scripts), and a hostile SVG as an
 * older build would have shipped it. Skipped when nginx is
 * not installed (CI installs it); redirectFrom 301s are tested on a renamed fixture in
 * tests/integration/site-build.test.ts.
 */

const PORT = PORTS.nginxE2e;
const ASSET = '/_astro/probe.AbC123.css';
/** A hostile content SVG as the build would have copied it (the build now refuses such files). */
const HOSTILE_SVG = '/_astro/hostile.XyZ789.svg';
const HOSTILE_SVG_TEXT = [
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">',
  '<rect width="10" height="10" fill="green"/>',
  "<script>document.documentElement.setAttribute('data-script-ran', 'yes')</script>",
  '</svg>',
].join('\n');

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Header names as sent, once per header line (Node merges repeated headers in `headers`). */
  headerNames: string[];
  body: Buffer;
}

/** A plain HTTP request with exact request headers and the body as sent (no decompression). */
function get(
  urlPath: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: PORT, path: urlPath, headers, method },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            headerNames: response.rawHeaders
              .filter((_, index) => index % 2 === 0)
              .map((name) => name.toLowerCase()),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test.describe('production serving with deploy/nginx.conf', () => {
  test.describe.configure({ mode: 'serial' });
  const unavailable = nginxUnavailable();
  test.skip(unavailable !== undefined, `nginx tests skipped: ${unavailable}`);

  let siteRoot = '';
  let server: { stop: () => Promise<void> } | undefined;

  test.beforeAll(async () => {
    siteRoot = mkdtempSync(path.join(tmpdir(), 'strong-miles-nginx-site-'));
    cpSync('dist', path.join(siteRoot, 'dist'), { recursive: true });
    mkdirSync(path.join(siteRoot, 'dist/_astro'), { recursive: true });
    writeFileSync(path.join(siteRoot, `dist${ASSET}`), 'body{color:black}\n');
    writeFileSync(path.join(siteRoot, `dist${HOSTILE_SVG}`), HOSTILE_SVG_TEXT);
    server = await startNginx({ port: PORT, siteRoot });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (siteRoot) rmSync(siteRoot, { recursive: true, force: true });
  });

  test('every response carries the security headers, the CSP with frame-ancestors', async () => {
    for (const urlPath of ['/', '/about/', '/rss.xml', '/no-such-page/', '/about']) {
      const { headers } = await get(urlPath, { 'X-Forwarded-Proto': 'https' });
      for (const [name, value] of securityHeaders()) {
        expect(headers[name.toLowerCase()], `${urlPath} ${name}`).toBe(value);
      }
      expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(headers['server']).toBe('nginx');
    }
  });

  test('pages come brotli- or gzip-compressed when accepted, with Vary', async () => {
    const original = readFileSync('dist/about/index.html');
    const br = await get('/about/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 3);

    const gzip = await get('/about/', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['vary']).toBe('Accept-Encoding');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const plain = await get('/about/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);

    const feed = await get('/rss.xml', { 'Accept-Encoding': 'br' });
    expect(feed.headers['content-encoding']).toBe('br');
    expect(feed.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
  });

  test('a missing page gets the custom 404 page with status 404', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.body.toString()).toContain('Wrong turn on the trail.');
    expect((await get('/404.html')).status).toBe(404);
  });

  test('a page path without its trailing slash redirects (301) to the slash form', async () => {
    const response = await get('/articles/deadlift-for-runners?utm=x');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/articles/deadlift-for-runners/?utm=x');
  });

  test('HSTS only over https (or behind a TLS proxy that says so), never over plain http', async () => {
    expect((await get('/')).headers['strict-transport-security']).toBeUndefined();
    expect((await get('/no-such-page/')).headers['strict-transport-security']).toBeUndefined();
    const proxied = await get('/', { 'X-Forwarded-Proto': 'https' });
    expect(proxied.headers['strict-transport-security']).toBe(
      new Map(securityHeaders()).get('Strict-Transport-Security'),
    );
  });

  test('a range past the end of a file sends each header once (no 416 with doubled headers)', async () => {
    const original = readFileSync('dist/about/index.html');
    const response = await get('/about/', { Range: 'bytes=99999999-' });
    // Ranges are off (max_ranges 0): the whole file comes with 200, never a 416.
    expect(response.status).toBe(200);
    expect(response.body.equals(original)).toBe(true);
    const repeated = response.headerNames.filter(
      (name, index) => response.headerNames.indexOf(name) !== index,
    );
    expect(repeated).toEqual([]);
  });

  test('precompressed files are never served under their own name', async () => {
    for (const urlPath of ['/about/index.html.br', '/about/index.html.gz', '/rss.xml.br']) {
      expect((await get(urlPath, { 'Accept-Encoding': 'gzip, br' })).status, urlPath).toBe(404);
      const plain = await get(urlPath);
      expect(plain.status, urlPath).toBe(404);
      expect(plain.body.toString(), urlPath).toContain('Wrong turn on the trail.');
    }
  });

  test('a method the site does not take gets 405 with Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await get('/about/', {}, method);
      expect(response.status, method).toBe(405);
      expect(response.headers['allow'], method).toBe('GET, HEAD');
    }
    expect((await get('/about/')).headers['allow']).toBeUndefined();
  });

  test('an SVG opened directly gets its own CSP, and its script does not run', async ({ page }) => {
    const response = await get(HOSTILE_SVG);
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toBe(svgContentSecurityPolicy());
    expect((await get('/about/')).headers['content-security-policy']).toBe(
      new Map(securityHeaders()).get('Content-Security-Policy'),
    );
    await page.goto(`http://127.0.0.1:${PORT}${HOSTILE_SVG}`);
    await page.waitForTimeout(200);
    expect(await page.locator('svg').getAttribute('data-script-ran')).toBeNull();
  });

  test('errors under /_astro/ are not cached for a year', async () => {
    for (const urlPath of ['/_astro/', '/_astro/missing.AbC123.css']) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBeGreaterThanOrEqual(400);
      expect(response.headers['cache-control'], urlPath).toBe(CACHE_CONTROL.revalidate);
    }
  });

  test('hashed assets are cached for a year, pages and feeds revalidate', async () => {
    expect((await get(ASSET)).headers['cache-control']).toBe(CACHE_CONTROL.immutable);
    for (const urlPath of ['/', '/articles/', '/rss.xml', '/sitemap-index.xml', '/no-such-page/']) {
      expect((await get(urlPath)).headers['cache-control'], urlPath).toBe(CACHE_CONTROL.revalidate);
    }
    const { headers } = await get('/');
    const revalidated = await get('/', { 'If-None-Match': String(headers['etag']) });
    expect(revalidated.status).toBe(304);
  });

  test('the generated configs in dist/ are not served', async () => {
    for (const urlPath of ['/_nginx/server.conf', '/_headers', '/_redirects']) {
      expect((await get(urlPath)).status, urlPath).toBe(404);
    }
  });

  test('the config passes nginx -t with dist/ missing or empty, beside another site', () => {
    // deploy/nginx.conf sits in a shared http block: a missing build must not stop the other
    // sites from (re)loading. The other site listens on the same port under its own name.
    const otherSite = [
      'server {',
      `    listen 127.0.0.1:${PORT};`,
      '    server_name other.example;',
      '    return 200 "other site";',
      '}',
    ].join('\n');
    for (const variant of ['missing', 'empty', 'without _nginx/']) {
      const root = mkdtempSync(path.join(tmpdir(), 'strong-miles-nginx-nobuild-'));
      if (variant === 'empty') mkdirSync(path.join(root, 'dist'));
      if (variant === 'without _nginx/') {
        cpSync('dist', path.join(root, 'dist'), { recursive: true });
        rmSync(path.join(root, 'dist/_nginx'), { recursive: true });
      }
      const prepared = prepareNginx({
        port: PORT,
        siteRoot: root,
        requireBuild: false,
        extraHttp: otherSite,
      });
      if ('error' in prepared) throw new Error(prepared.error);
      const check = spawnSync(prepared.nginx, ['-t', ...prepared.args], { encoding: 'utf8' });
      rmSync(prepared.prefix, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
      expect(check.stderr, `dist/ ${variant}`).toContain('test is successful');
      expect(check.status, `dist/ ${variant}`).toBe(0);
    }
  });
});
