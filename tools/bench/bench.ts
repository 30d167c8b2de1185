import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, CHROMIUM_FLAGS } from '../lib/browser.ts';
import { htmlPagesUnder } from '../lib/dist.ts';
import { PORTS } from '../lib/ports.ts';
import {
  BUDGETS,
  evaluateBudgets,
  medianLighthouse,
  PAGE_TYPES,
  pageTypeOf,
  type LighthouseSummary,
  type PageType,
} from './budget.ts';
import { analyzePage, DEFAULT_FIRST_SCREEN_TEXT, type PageResources } from './page-weight.ts';
import { deltaKb, formatTable, kb } from './report.ts';
import { routes } from '../../src/lib/routes.ts';
import { serveStatic } from './static-server.ts';

/**
 * `npm run bench`: builds the site, serves dist/ on a local port and prints, per page type, what
 * a page loads before any interaction (HTML, CSS, JS, fonts, images; raw and gzip), requests that
 * block the first render, whether head + CSS + first screen fit in the first 14 KB round trip,
 * and (when Chromium is available) Lighthouse mobile medians. Exits 1 when a budget is broken.
 *
 * Options:
 *   --no-build        measure the existing dist/ (or --dist FOLDER)
 *   --no-lighthouse   bytes only, with the first screen measured in Chromium
 *   --no-browser      bytes only, no browser and no server; the first screen is estimated
 *                     (deterministic: what `npm test` runs)
 *   --runs N          Lighthouse runs per page type (default 3; the median is reported)
 *   --strict          also fail on the Lighthouse Performance score and LCP (timings)
 *   --port N          port of the local server (default: tools/lib/ports.ts)
 *   --out FILE        JSON results (default bench-results/latest.json; the previous one is compared)
 *   --dist FOLDER     the build to measure (default dist)
 */
const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: String(PORTS.bench) },
    out: { type: 'string', default: 'bench-results/latest.json' },
    dist: { type: 'string', default: 'dist' },
  },
});
const DIST = path.resolve(options.dist);
const PORT = Number(options.port);
const RUNS = Number(options.runs);
const OUT = options.out;
const strict = options.strict;

/** The plan page's budget (issue 19): a plan in under 50 ms on a slow phone. */
const PLAN_BUILD_BUDGET_MS = 50;
const PLAN_CPU_SLOWDOWN = 4;
const PLAN_RUNS = 5;

const medianOf = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (!options['no-build']) {
  console.log('Building (npm run build)...');
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(DIST)) {
  console.error(`No ${options.dist}/ folder: run without --no-build, or \`npm run build\` first.`);
  process.exit(1);
}

const readAsset = (urlPath: string): Uint8Array | undefined => {
  const file = path.join(DIST, urlPath);
  return file.startsWith(DIST) && existsSync(file) ? readFileSync(file) : undefined;
};

type Measured = PageResources & { type: PageType };
interface LighthouseResult {
  path: string;
  runs: LighthouseSummary[];
  summary: LighthouseSummary;
}

const pages = htmlPagesUnder(DIST)
  .map(({ urlPath, file }) => ({ urlPath, file: path.join(DIST, file), type: pageTypeOf(urlPath) }))
  .filter(
    (page): page is { urlPath: string; file: string; type: PageType } => page.type !== undefined,
  );

const chromium = options['no-browser'] ? undefined : findChromium();
const server = chromium ? await serveStatic(DIST, PORT) : { close: async () => {} };
const base = `http://127.0.0.1:${PORT}`;
try {
  // How much text a phone's first screen shows, measured per page in Chromium when available.
  const screenText = new Map<string, number>();
  let planBuildMs: number[] = [];
  if (chromium) {
    const { chromium: playwright } = await import('@playwright/test');
    const browser = await playwright.launch({
      executablePath: chromium,
      args: [...CHROMIUM_FLAGS],
    });
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    for (const { urlPath } of pages) {
      await page.goto(base + urlPath);
      screenText.set(urlPath, await page.evaluate(visibleTextOnFirstScreen));
    }
    planBuildMs = await measurePlanBuild(browser);
    await browser.close();
  }

  const measured: Measured[] = pages.map(({ urlPath, file, type }) => ({
    type,
    ...analyzePage(
      urlPath,
      readFileSync(file, 'utf8'),
      readAsset,
      screenText.get(urlPath) ?? DEFAULT_FIRST_SCREEN_TEXT,
    ),
  }));

  // The heaviest page of each type stands for it in the table and in Lighthouse.
  const heaviest = new Map<PageType, Measured>();
  for (const page of measured) {
    const current = heaviest.get(page.type);
    if (!current || page.totalGzip > current.totalGzip) heaviest.set(page.type, page);
  }

  const lighthouse: Partial<Record<PageType, LighthouseResult>> = {};
  if (chromium && !options['no-lighthouse']) {
    const { runLighthouse } = await import('./lighthouse.ts');
    for (const type of PAGE_TYPES) {
      const page = heaviest.get(type);
      if (!page) continue;
      process.stdout.write(`Lighthouse (mobile) ${page.path}: `);
      const runs: LighthouseSummary[] = [];
      for (let run = 0; run < RUNS; run++) {
        // Search is noindex on purpose, so its SEO score leaves out "is crawlable".
        const result = await runLighthouse(base + page.path, chromium, {
          noindex: type === 'search',
        });
        runs.push(result);
        process.stdout.write(`${result.performance} `);
      }
      console.log('');
      lighthouse[type] = { path: page.path, runs, summary: medianLighthouse(runs) };
    }
  } else if (!chromium && !options['no-browser']) {
    console.log('No Chromium found: Lighthouse skipped (bytes only).');
  }

  const previous = existsSync(OUT)
    ? (JSON.parse(readFileSync(OUT, 'utf8')) as { types?: Record<string, { totalGzip?: number }> })
    : undefined;
  const previousOf = (type: PageType) => previous?.types?.[type];

  console.log(
    `\nBytes per page type (heaviest page of each type; KB = 1024 bytes, gzip level 9)\n`,
  );
  const rows = PAGE_TYPES.map((type): string[] => {
    const page = heaviest.get(type);
    if (!page) return [type, 'not built', '', '', '', '', '', '', '', '', ''];
    const count = measured.filter((entry) => entry.type === type).length;
    return [
      `${type} (${count})`,
      `${kb(page.html.raw)} / ${kb(page.html.gzip)}`,
      `${kb(page.css.raw)} / ${kb(page.css.gzip)}`,
      `${kb(page.js.raw)} / ${kb(page.js.gzip)}`,
      `${page.font.count} / ${kb(page.font.gzip)}`,
      `${page.image.count} / ${kb(page.image.raw)}`,
      String(page.renderBlocking.length),
      kb(page.totalGzip),
      deltaKb(previousOf(type)?.totalGzip, page.totalGzip),
      kb(page.firstRender.gzipBytes),
      page.firstRender.fitsFirstRoundTrip ? 'yes' : 'NO',
    ];
  });
  console.log(
    formatTable(
      [
        'type (pages)',
        'HTML raw/gz',
        'CSS raw/gz',
        'JS raw/gz',
        'fonts n/gz',
        'images n/raw',
        'blocking',
        'total gz',
        'Δ prev',
        '1st render gz',
        'fits 14 KB',
      ],
      rows,
    ),
  );
  console.log(
    '\nCSS and inline JS are also inside the HTML figure; "total gz" counts each byte once (HTML + external CSS, JS, fonts; images excluded).',
  );
  for (const type of PAGE_TYPES) {
    const page = heaviest.get(type);
    if (page) console.log(`  ${type.padEnd(8)} ${page.path}`);
  }

  if (Object.keys(lighthouse).length) {
    console.log(
      `\nLighthouse mobile, median of ${RUNS} runs (simulated slow 4G, 4x CPU slowdown)\n`,
    );
    console.log(
      formatTable(
        ['type', 'Perf', 'A11y', 'Best pr.', 'SEO', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
        PAGE_TYPES.map((type) => {
          const result = lighthouse[type];
          if (!result) return [type, 'not built', '', '', '', '', '', '', ''];
          const s = result.summary;
          return [
            type,
            ...[
              s.performance,
              s.accessibility,
              s.bestPractices,
              s.seo,
              s.fcpMs,
              s.lcpMs,
              s.tbtMs,
            ].map((n) => String(Math.round(n))),
            s.cls.toFixed(3),
          ];
        }),
      ),
    );
  }

  const breaches = evaluateBudgets(
    measured,
    Object.fromEntries(
      Object.entries(lighthouse).map(([type, result]) => [
        type,
        { path: result.path, summary: result.summary },
      ]),
    ),
    { strict },
  );
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify(
      {
        budgets: BUDGETS,
        strict,
        types: Object.fromEntries(
          PAGE_TYPES.map((type) => {
            const page = heaviest.get(type);
            return [
              type,
              page
                ? {
                    ...page,
                    pages: measured.filter((entry) => entry.type === type).length,
                    lighthouse: lighthouse[type],
                  }
                : { built: false },
            ];
          }),
        ),
        pages: measured.map(({ path: urlPath, type, totalGzip, js, firstRender }) => ({
          path: urlPath,
          type,
          totalGzip,
          jsGzip: js.gzip,
          firstRenderGzip: firstRender.gzipBytes,
        })),
        breaches,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nResults: ${OUT}${previous ? ' (Δ prev compares with the run before)' : ''}`);
  if (planBuildMs.length) {
    const median = medianOf(planBuildMs);
    console.log(
      `\nPlan page: a plan built in ${median.toFixed(1)} ms (median of ${planBuildMs.length}, CPU slowed ${PLAN_CPU_SLOWDOWN}x as on a slow phone; runs ${planBuildMs.map((ms) => ms.toFixed(1)).join(', ')}; budget ${PLAN_BUILD_BUDGET_MS} ms${strict ? '' : ', enforced with --strict'})`,
    );
    // Like LCP, a time from a shared machine: a budget only on a quiet one (--strict).
    if (strict && median > PLAN_BUILD_BUDGET_MS)
      breaches.push({
        type: 'plan',
        path: routes.plan(),
        budget: 'plan build (ms)',
        actual: Number(median.toFixed(1)),
        limit: PLAN_BUILD_BUDGET_MS,
      });
  }
  if (breaches.length) {
    console.log(`\n${breaches.length} budget(s) broken:`);
    for (const breach of breaches)
      console.log(
        `  ${breach.type} ${breach.path}: ${breach.budget} ${breach.actual} > limit ${breach.limit}`,
      );
    for (const advice of new Set(breaches.map((breach) => breach.advice).filter(Boolean)))
      console.log(`\n${advice}`);
    process.exitCode = 1;
  } else {
    console.log(
      `\nAll budgets met${strict ? ' (strict: Lighthouse Performance and LCP included)' : ''}.`,
    );
  }
} finally {
  await server.close();
}

/**
 * Runs in the page: characters of text (whitespace runs as one) before the first text that
 * starts below the screen, i.e. how much of the document the first screen shows.
 */
function visibleTextOnFirstScreen(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && /^(SCRIPT|STYLE)$/.test(parent.tagName)) continue;
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.height > 0 && rect.top >= window.innerHeight) break;
    count += (node as Text).data.replace(/\s+/g, ' ').length;
  }
  return count;
}

/**
 * How long /plan/ takes to build a plan, as the page itself measures it (`plan:build`, in
 * src/client/plan-maker.ts), with the CPU slowed as Lighthouse slows it for a phone: a marathon
 * 30 weeks away for a new lifter, the usual long case. Empty when the page is not built.
 */
async function measurePlanBuild(browser: import('@playwright/test').Browser): Promise<number[]> {
  if (!existsSync(path.join(DIST, routes.plan(), 'index.html'))) return [];
  const race = new Date(Date.now() + 210 * 86_400_000).toISOString().slice(0, 10);
  const durations: number[] = [];
  for (let run = 0; run < PLAN_RUNS; run++) {
    // A fresh context each time: nothing kept from the run before (storage, cache, compiled code).
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PLAN_CPU_SLOWDOWN });
    await page.goto(`${base}${routes.plan()}?race=${race}&distance=marathon&experience=new`);
    const duration = await page.waitForFunction(
      () => performance.getEntriesByName('plan:build')[0]?.duration,
      undefined,
      { timeout: 30_000 },
    );
    durations.push(Number(await duration.jsonValue()));
    await context.close();
  }
  return durations;
}
