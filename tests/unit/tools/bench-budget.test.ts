import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TOO_LONG_ADVICE,
  BUDGETS,
  evaluateBudgets,
  median,
  medianLighthouse,
  pageTypeOf,
  type LighthouseSummary,
} from '../../../tools/bench/budget.ts';
import {
  analyzePage,
  firstRenderOf,
  gzipSize,
  resolveLocal,
  staticImports,
  type PageResources,
} from '../../../tools/bench/page-weight.ts';
import { deltaKb, formatTable } from '../../../tools/bench/report.ts';

describe('pageTypeOf', () => {
  it.each([
    ['/', 'home'],
    ['/articles/deadlift-for-runners/', 'article'],
    ['/topics/injury-prevention/', 'topic'],
    ['/exercises/back-squat/', 'exercise'],
    ['/programs/beginner-strength-plan-8-weeks/', 'program'],
    ['/search/', 'search'],
    ['/articles/', undefined],
    ['/about/', undefined],
    ['/exercises/equipment/barbell/', undefined],
  ])('%s is %s', (path, type) => {
    expect(pageTypeOf(path)).toBe(type);
  });
});

const files: Record<string, string> = {
  '/_astro/app.js': 'import{a}from"./chunk.js";import("./lazy.js");a()',
  '/_astro/chunk.js': 'export const a=()=>1',
  '/_astro/lazy.js': 'export default 1',
  '/_astro/site.css':
    '@font-face{font-family:X;src:url(/fonts/x.woff2) format("woff2")}p{color:red}',
  '/fonts/x.woff2': 'FONTDATA',
  '/img/a.png': 'PNGDATA-PNGDATA',
};
const read = (path: string) => (files[path] === undefined ? undefined : Buffer.from(files[path]));

describe('analyzePage', () => {
  const html = `<!doctype html><html><head><title>T</title>
<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/print.css" media="print">
<script src="/legacy.js"></script><style>body{margin:0}</style>
<script type="application/ld+json">{"@type":"Thing"}</script></head>
<body><p>Hello</p><img src="../../img/a.png" alt=""><script type="module" src="/_astro/app.js"></script>
<script>console.log(1)</script></body></html>`;
  const page = analyzePage('/articles/x/', html, read);

  it('lists what blocks the first render: screen stylesheets and classic head scripts', () => {
    expect(page.renderBlocking).toEqual(['/_astro/site.css', '/legacy.js']);
  });

  it('counts scripts with their static imports, not dynamic ones or JSON-LD', () => {
    // inline console.log + app.js + chunk.js (the missing /legacy.js adds nothing)
    expect(page.js.count).toBe(3);
    expect(page.js.raw).toBe(
      'console.log(1)'.length + files['/_astro/app.js']!.length + files['/_astro/chunk.js']!.length,
    );
  });

  it('finds font files through @font-face and images through img src', () => {
    expect(page.fontRequests).toEqual(['/fonts/x.woff2']);
    expect(page.font.raw).toBe('FONTDATA'.length);
    expect(page.image).toMatchObject({ count: 1, raw: 'PNGDATA-PNGDATA'.length });
  });

  it('totals the HTML plus external CSS, JS and fonts, each byte once, images excluded', () => {
    const external = ['/_astro/site.css', '/_astro/app.js', '/_astro/chunk.js', '/fonts/x.woff2']
      .map((path) => gzipSize(files[path]!))
      .reduce((a, b) => a + b, 0);
    expect(page.totalGzip).toBe(gzipSize(html) + external);
    expect(page.css.count).toBe(2);
  });
});

describe('firstRenderOf', () => {
  const head = `<html><head><style>${'p{color:red}'.repeat(50)}</style></head><body>`;
  const words = (n: number) => Array.from({ length: n }, (_, i) => `<p>word${i}</p>`).join('');

  it('covers the head, all CSS and the first screen of text', () => {
    const html = `${head}${words(200)}</body></html>`;
    const result = firstRenderOf(html, 30);
    expect(result.allCssInside).toBe(true);
    const prefix = html.slice(0, result.rawBytes);
    expect(prefix).toContain('</style>');
    expect(prefix).toContain('word4');
    expect(prefix).not.toContain('word9<');
    expect(result.fitsFirstRoundTrip).toBe(true);
  });

  it('notices CSS that arrives after the first screen', () => {
    const html = `${head}${words(100)}<style>.late{}</style></body></html>`;
    expect(firstRenderOf(html, 20).allCssInside).toBe(false);
    expect(firstRenderOf(html, 20).fitsFirstRoundTrip).toBe(false);
  });

  it('fails the round trip when the compressed prefix exceeds 14 KB', () => {
    const noise = Array.from({ length: 6000 }, (_, i) => ((i * 7919) % 104729).toString(36)).join(
      ';',
    );
    const html = `<html><head><style>${noise}</style></head><body><p>x</p></body></html>`;
    const result = firstRenderOf(html, 10);
    expect(result.gzipBytes).toBeGreaterThan(BUDGETS.firstRenderGzip);
    expect(result.fitsFirstRoundTrip).toBe(false);
  });
});

describe('module and URL helpers', () => {
  it('finds static imports only', () => {
    expect(
      staticImports('import{a}from"./a.js";import "./b.js";export*from"./c.js";import("./d.js")'),
    ).toEqual(['./a.js', './b.js', './c.js']);
  });

  it('resolves local URLs against the page and ignores external ones', () => {
    expect(resolveLocal('../img/a.png', '/articles/x/')).toBe('/articles/img/a.png');
    expect(resolveLocal('./chunk.js', '/_astro/app.js')).toBe('/_astro/chunk.js');
    expect(resolveLocal('https://example.org/x.css', '/')).toBeUndefined();
    expect(resolveLocal('data:image/png;base64,AA', '/')).toBeUndefined();
  });
});

const summary = (overrides: Partial<LighthouseSummary> = {}): LighthouseSummary => ({
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcpMs: 700,
  lcpMs: 800,
  tbtMs: 0,
  cls: 0,
  ...overrides,
});

const page = (overrides: Partial<PageResources> = {}): PageResources & { type: 'article' } => ({
  type: 'article',
  path: '/articles/x/',
  html: { raw: 60000, gzip: 15000, count: 1 },
  css: { raw: 15000, gzip: 4000, count: 1 },
  js: { raw: 600, gzip: 400, count: 2 },
  font: { raw: 0, gzip: 0, count: 0 },
  image: { raw: 0, gzip: 0, count: 0 },
  renderBlocking: [],
  fontRequests: [],
  totalGzip: 15000,
  firstRender: { rawBytes: 20000, gzipBytes: 6000, allCssInside: true, fitsFirstRoundTrip: true },
  ...overrides,
});

describe('evaluateBudgets', () => {
  it('passes a page within every budget', () => {
    expect(
      evaluateBudgets([page()], { article: { path: '/articles/x/', summary: summary() } }),
    ).toEqual([]);
  });

  it.each([
    ['total gzip', { totalGzip: 20 * 1024 + 1 }],
    ['JS gzip', { js: { raw: 5000, gzip: 2049, count: 1 } }],
    ['render-blocking requests', { renderBlocking: ['/a.css'] }],
    ['font requests', { fontRequests: ['/f.woff2'] }],
    [
      'first render gzip',
      {
        firstRender: {
          rawBytes: 1,
          gzipBytes: 14 * 1024 + 1,
          allCssInside: true,
          fitsFirstRoundTrip: false,
        },
      },
    ],
    [
      'CSS after the first screen',
      {
        firstRender: {
          rawBytes: 1,
          gzipBytes: 100,
          allCssInside: false,
          fitsFirstRoundTrip: false,
        },
      },
    ],
  ] as const)('breaks "%s"', (budget, overrides) => {
    expect(
      evaluateBudgets([page(overrides as Partial<PageResources>)]).map((breach) => breach.budget),
    ).toEqual([budget]);
  });

  it('tells the writer of an article over its total where to read what to cut', () => {
    const [breach] = evaluateBudgets([page({ totalGzip: 20 * 1024 + 1 })]);
    expect(breach?.advice).toBe(ARTICLE_TOO_LONG_ADVICE);
    expect(ARTICLE_TOO_LONG_ADVICE).toContain('docs/authoring.md, "Length and page size"');
    expect(
      readFileSync(path.join(import.meta.dirname, '../../../docs/authoring.md'), 'utf8'),
    ).toContain('### Length and page size');
  });

  it('holds only articles to the 20 KB total', () => {
    const home = { ...page({ totalGzip: 30000 }), type: 'home' as const };
    expect(evaluateBudgets([home as never])).toEqual([]);
  });

  it('always enforces the machine-independent Lighthouse results, timings only when strict', () => {
    const slow = summary({ performance: 93, lcpMs: 1600, accessibility: 96, cls: 0.02 });
    const relaxed = evaluateBudgets([], { article: { path: '/a/', summary: slow } });
    expect(relaxed.map((breach) => breach.budget)).toEqual([
      'Lighthouse Accessibility',
      'Lighthouse CLS',
    ]);
    const strict = evaluateBudgets(
      [],
      { article: { path: '/a/', summary: slow } },
      { strict: true },
    );
    expect(strict.map((breach) => breach.budget)).toEqual([
      'Lighthouse Accessibility',
      'Lighthouse CLS',
      'Lighthouse Performance',
      'Lighthouse LCP ms',
    ]);
  });
});

describe('reporting helpers', () => {
  it('takes medians per field', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(
      medianLighthouse([summary({ lcpMs: 900 }), summary({ lcpMs: 700 }), summary({ lcpMs: 2000 })])
        .lcpMs,
    ).toBe(900);
  });

  it('aligns a table', () => {
    expect(
      formatTable(
        ['type', 'KB'],
        [
          ['home', '7.1'],
          ['article', '17.6'],
        ],
      ),
    ).toBe(['type       KB', '-------  ----', 'home      7.1', 'article  17.6'].join('\n'));
  });

  it('prints deltas in KB', () => {
    expect(deltaKb(undefined, 100)).toBe('new');
    expect(deltaKb(2048, 1024)).toBe('-1.0');
    expect(deltaKb(1024, 1536)).toBe('+0.5');
  });
});
