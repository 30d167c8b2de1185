import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  deployFiles,
  headersFile,
  isCompressible,
  nginxHttpConf,
  nginxServerConf,
  redirectsFile,
} from '../../src/integrations/deploy-files/deploy-files.ts';
import { securityHeaders, svgContentSecurityPolicy } from '../../src/lib/security';

const redirects = [{ from: '/articles/old/', to: '/articles/new/' }];

describe('Netlify / Cloudflare Pages files', () => {
  it('_headers: every security header on /*, the long cache only on /_astro/*', () => {
    const text = headersFile();
    const blocks = text.split(/(?<=\n)(?=\/)/);
    const all = blocks.find((block) => block.startsWith('/*\n')) ?? '';
    for (const [name, value] of securityHeaders()) expect(all).toContain(`  ${name}: ${value}\n`);
    expect(all).not.toContain('Cache-Control');
    expect(blocks.find((block) => block.startsWith('/_astro/*'))).toBe(
      `/_astro/*\n  Cache-Control: ${CACHE_CONTROL.immutable}\n`,
    );
  });

  it('_headers: .svg files add their own policy (no script, sandboxed)', () => {
    expect(headersFile()).toContain(
      `\n/*.svg\n  Content-Security-Policy: ${svgContentSecurityPolicy()}\n`,
    );
    expect(svgContentSecurityPolicy()).toMatch(/(^|; )script-src 'none'(;|$)/);
    expect(svgContentSecurityPolicy()).toMatch(/(^|; )sandbox$/);
    expect(svgContentSecurityPolicy()).toMatch(/^default-src 'none'/);
  });

  it('_redirects: a forced 301 from the old path, with and without its slash', () => {
    expect(redirectsFile(redirects).split('\n').slice(1)).toEqual([
      '/articles/old/ /articles/new/ 301!',
      '/articles/old /articles/new/ 301!',
      '',
    ]);
  });

  it('refuses a path that would break the file format', () => {
    expect(() => redirectsFile([{ from: '/a b/', to: '/c/' }])).toThrow('Path cannot go');
  });
});

describe('nginx includes', () => {
  it('maps a found /_astro/ file (200, 304) to the immutable cache, errors and the rest to revalidation', () => {
    const conf = nginxHttpConf();
    expect(conf).toContain('map "$status $uri" $strong_miles_cache_control {');
    expect(conf).toContain(`default "${CACHE_CONTROL.revalidate}";`);
    expect(conf).toContain(`"~^(200|304) /_astro/" "${CACHE_CONTROL.immutable}";`);
  });

  it('gives .svg files their own CSP and everything else the site policy', () => {
    const conf = nginxHttpConf();
    const sitePolicy = new Map(securityHeaders()).get('Content-Security-Policy');
    expect(conf).toContain(
      `map $uri $strong_miles_csp {\n    default "${sitePolicy}";\n    "~*\\.svg$" "${svgContentSecurityPolicy()}";\n}`,
    );
    expect(nginxServerConf([])).toContain(
      'add_header Content-Security-Policy $strong_miles_csp always;',
    );
  });

  it('sends HSTS only on https (or X-Forwarded-Proto: https) and Allow only on a 405', () => {
    const conf = nginxHttpConf();
    const hsts = new Map(securityHeaders()).get('Strict-Transport-Security');
    expect(conf).toContain(
      `map "$scheme $http_x_forwarded_proto" $strong_miles_hsts {\n    default "";\n    "~^https " "${hsts}";\n    "~ https$" "${hsts}";\n}`,
    );
    expect(conf).toContain(
      'map $status $strong_miles_allow {\n    default "";\n    405 "GET, HEAD";\n}',
    );
    const server = nginxServerConf([]);
    expect(server).toContain('add_header Strict-Transport-Security $strong_miles_hsts always;');
    expect(server).toContain('add_header Allow $strong_miles_allow always;');
  });

  it('adds every header with "always" (so 404s and redirects carry them) and one 301 per source', () => {
    const conf = nginxServerConf(redirects);
    for (const [name] of securityHeaders()) {
      expect(conf).toMatch(
        new RegExp(`^add_header ${name} ("[^"]+"|\\$strong_miles_\\w+) always;$`, 'm'),
      );
    }
    expect(conf).toContain('add_header Cache-Control $strong_miles_cache_control always;');
    expect(conf).toContain(
      'location = /articles/old/ {\n    return 301 /articles/new/$is_args$args;\n}',
    );
    expect(conf).toContain(
      'location = /articles/old {\n    return 301 /articles/new/$is_args$args;\n}',
    );
    expect(conf).toContain(
      'location = /rss.xml {\n    types { }\n    default_type application/rss+xml;',
    );
  });

  it('writes the four files into dist/', () => {
    expect(Object.keys(deployFiles([])).sort()).toEqual([
      '_headers',
      '_nginx/http.conf',
      '_nginx/server.conf',
      '_redirects',
    ]);
  });
});

describe('isCompressible', () => {
  it.each([
    ['articles/x/index.html', 5000, true],
    ['sitemap-0.xml', 5000, true],
    ['_astro/page.abc123.js', 5000, true],
    ['robots.txt', 80, false],
    ['og/article/x.png', 50_000, false],
    ['_nginx/server.conf', 5000, false],
    ['_headers', 5000, false],
  ])('%s (%i bytes): %s', (path, bytes, expected) => {
    expect(isCompressible(path, bytes)).toBe(expected);
  });
});
