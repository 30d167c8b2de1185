import { routes } from '../../src/lib/routes.ts';
import { FIRST_ROUND_TRIP_BYTES, KB, type PageResources } from './page-weight.ts';

/**
 * The performance budget as data, and the judging half of `npm run bench`: which page types
 * are measured, their limits, and which limits a set of measurements breaks.
 */

export const PAGE_TYPES = ['home', 'article', 'topic', 'exercise', 'program', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const BUDGETS = {
  /** Everything an article page loads without interaction, images excluded. */
  articleTotalGzip: 20 * KB,
  /** JavaScript loaded without interaction, on every page type. */
  jsGzip: 2 * KB,
  /** Requests the browser must finish before it can render (the HTML itself not counted). */
  renderBlockingRequests: 0,
  /** Web font requests: system font stacks only. */
  fontRequests: 0,
  /** Head, all CSS and the first screen arrive in the first round trip. */
  firstRenderGzip: FIRST_ROUND_TRIP_BYTES,
  lighthouse: {
    /** Category scores out of 100. */
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    lcpMs: 900,
    cls: 0,
  },
} as const;

/** The page type of a built page's path, or undefined for pages outside the budget. */
export function pageTypeOf(path: string): PageType | undefined {
  if (path === routes.home()) return 'home';
  if (path === routes.search()) return 'search';
  const patterns: [PageType, (slug: string) => string][] = [
    ['article', routes.article],
    ['topic', routes.topic],
    ['exercise', routes.exercise],
    ['program', routes.program],
  ];
  const marker = 'page-type-marker';
  for (const [type, route] of patterns) {
    const [prefix = '', suffix = ''] = route(marker).split(marker);
    const slug =
      path.startsWith(prefix) && path.endsWith(suffix)
        ? path.slice(prefix.length, path.length - suffix.length)
        : '';
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return type;
  }
  return undefined;
}

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface LighthouseSummary {
  /** Category scores 0-100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** The median of each field over several Lighthouse runs of one page. */
export function medianLighthouse(runs: readonly LighthouseSummary[]): LighthouseSummary {
  const field = (key: keyof LighthouseSummary) => median(runs.map((run) => run[key]));
  return {
    performance: field('performance'),
    accessibility: field('accessibility'),
    bestPractices: field('bestPractices'),
    seo: field('seo'),
    fcpMs: field('fcpMs'),
    lcpMs: field('lcpMs'),
    tbtMs: field('tbtMs'),
    cls: field('cls'),
  };
}

export interface Breach {
  /** A page type, or 'plan' for the plan page's own time budget (tools/bench/bench.ts). */
  type: PageType | 'plan';
  path: string;
  budget: string;
  actual: number;
  limit: number;
  /** What to do about it, where the fix is not obvious from the budget's name. */
  advice?: string;
}

/** For a writer whose article broke the page budget: the fix is in the text, not the limit. */
export const ARTICLE_TOO_LONG_ADVICE =
  'An article is too long for its page budget: docs/authoring.md, "Length and page size", says what to cut.';

/**
 * Which budgets the measurements break. Byte, request and first-round-trip budgets are
 * deterministic and always apply. Of Lighthouse, the Accessibility, Best Practices and SEO
 * scores and CLS do not depend on machine speed, so they always apply; the Performance score
 * and LCP are timings under simulated throttling that still move with CPU load on a shared
 * machine, so they apply only when `strict` is set.
 */
export function evaluateBudgets(
  pages: readonly (PageResources & { type: PageType })[],
  lighthouse: Partial<Record<PageType, { path: string; summary: LighthouseSummary }>> = {},
  { strict = false } = {},
): Breach[] {
  const breaches: Breach[] = [];
  const check = (
    type: PageType,
    path: string,
    budget: string,
    actual: number,
    limit: number,
    advice?: string,
  ) => {
    if (actual > limit)
      breaches.push({ type, path, budget, actual, limit, ...(advice ? { advice } : {}) });
  };
  for (const page of pages) {
    if (page.type === 'article')
      check(
        page.type,
        page.path,
        'total gzip',
        page.totalGzip,
        BUDGETS.articleTotalGzip,
        ARTICLE_TOO_LONG_ADVICE,
      );
    check(page.type, page.path, 'JS gzip', page.js.gzip, BUDGETS.jsGzip);
    check(
      page.type,
      page.path,
      'render-blocking requests',
      page.renderBlocking.length,
      BUDGETS.renderBlockingRequests,
    );
    check(page.type, page.path, 'font requests', page.fontRequests.length, BUDGETS.fontRequests);
    check(
      page.type,
      page.path,
      'first render gzip',
      page.firstRender.gzipBytes,
      BUDGETS.firstRenderGzip,
    );
    if (!page.firstRender.allCssInside)
      check(page.type, page.path, 'CSS after the first screen', 1, 0);
  }
  const limits = BUDGETS.lighthouse;
  for (const [type, result] of Object.entries(lighthouse) as [
    PageType,
    { path: string; summary: LighthouseSummary },
  ][]) {
    const { summary, path } = result;
    const below = (name: string, score: number, minimum: number) => {
      if (score < minimum)
        breaches.push({ type, path, budget: `Lighthouse ${name}`, actual: score, limit: minimum });
    };
    below('Accessibility', summary.accessibility, limits.accessibility);
    below('Best Practices', summary.bestPractices, limits.bestPractices);
    below('SEO', summary.seo, limits.seo);
    check(type, path, 'Lighthouse CLS', summary.cls, limits.cls);
    if (strict) {
      below('Performance', summary.performance, limits.performance);
      check(type, path, 'Lighthouse LCP ms', summary.lcpMs, limits.lcpMs);
    }
  }
  return breaches;
}
