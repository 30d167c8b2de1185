import { Parser } from 'htmlparser2';
import { gzipSync } from 'node:zlib';
import { routes } from './routes.ts';

/**
 * The performance budget (issue 6) as data, and the pure pieces of `npm run bench`: what a
 * built page loads before any interaction, how much of it the first round trip carries, and
 * which budgets a set of measurements breaks. File access is passed in, so tests need no dist/.
 *
 * Units: 1 KB = 1024 bytes; "gzip" is zlib level 9, what a static host serves pre-compressed.
 */

export const PAGE_TYPES = ['home', 'article', 'topic', 'exercise', 'program', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const KB = 1024;

/** One TCP round trip on a new connection: 10 segments of about 1.4 KB (RFC 6928). */
export const FIRST_ROUND_TRIP_BYTES = 14 * KB;

/**
 * Characters of text a phone shows on its first screen when no browser measured it: about
 * what a 412 x 823 screen (Lighthouse's phone) holds at our type sizes, header included.
 */
export const DEFAULT_FIRST_SCREEN_TEXT = 900;

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
  if (path === '/search/') return 'search';
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

export interface Size {
  raw: number;
  gzip: number;
  /** Files or inline blocks counted. */
  count: number;
}

export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

const sizeOf = (parts: readonly (string | Uint8Array)[]): Size => ({
  raw: parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0),
  gzip: parts.reduce((sum, part) => sum + gzipSize(part), 0),
  count: parts.length,
});

export interface PageResources {
  path: string;
  /** The document itself (inline CSS and scripts included). */
  html: Size;
  /** Inline styles plus linked stylesheets (inline bytes are also inside `html`). */
  css: Size;
  /** Inline scripts (not JSON-LD) plus script files and their static imports. */
  js: Size;
  font: Size;
  /** `<img>` sources as served (excluded from the budget). */
  image: Size;
  /** URLs that block the first render: stylesheets and classic scripts in the head. */
  renderBlocking: string[];
  fontRequests: string[];
  /** What arrives without interaction, images excluded: HTML + external CSS, JS and fonts. */
  totalGzip: number;
  firstRender: FirstRender;
}

export interface FirstRender {
  /** Raw bytes of the HTML up to the end of the first screen (head and all CSS included). */
  rawBytes: number;
  /** Those bytes gzip-compressed: what must arrive before the first screen can be drawn. */
  gzipBytes: number;
  /** Every `<style>` ends before the first screen does. */
  allCssInside: boolean;
  /** gzipBytes within one round trip and all CSS inside it. */
  fitsFirstRoundTrip: boolean;
}

interface Tag {
  name: string;
  attribs: Record<string, string>;
  start: number;
  end: number;
  inHead: boolean;
  /** Text content for style and script elements. */
  text: string;
}

/** The tags and text positions of a document, from a real HTML tokenizer. */
function scan(html: string) {
  const tags: Tag[] = [];
  const textEnds: { end: number; length: number }[] = [];
  let inHead = false;
  let rawTextOf: Tag | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'head') inHead = true;
        const tag = {
          name,
          attribs,
          start: parser.startIndex,
          end: parser.endIndex + 1,
          inHead,
          text: '',
        };
        tags.push(tag);
        if (name === 'style' || name === 'script') rawTextOf = tag;
      },
      ontext(text) {
        if (rawTextOf) rawTextOf.text += text;
        else textEnds.push({ end: parser.endIndex + 1, length: text.replace(/\s+/g, ' ').length });
      },
      onclosetag(name) {
        if (name === 'head') inHead = false;
        if (rawTextOf && name === rawTextOf.name) {
          rawTextOf.end = parser.endIndex + 1;
          rawTextOf = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { tags, textEnds };
}

/**
 * How many bytes of the document hold the head, all CSS and the first `screenText` characters
 * of visible text (whitespace runs count as one), and their compressed size.
 */
export function firstRenderOf(html: string, screenText = DEFAULT_FIRST_SCREEN_TEXT): FirstRender {
  const { tags, textEnds } = scan(html);
  const headEnd = html.search(/<\/head\s*>/i);
  let end = headEnd === -1 ? 0 : headEnd;
  let seen = 0;
  for (const text of textEnds) {
    if (text.end <= end) continue;
    seen += text.length;
    end = text.end;
    if (seen >= screenText) break;
  }
  const styleEnds = tags.filter((tag) => tag.name === 'style').map((tag) => tag.end);
  const allCssInside = styleEnds.every((styleEnd) => styleEnd <= end);
  const prefix = html.slice(0, end);
  const gzipBytes = gzipSize(prefix);
  return {
    rawBytes: Buffer.byteLength(prefix),
    gzipBytes,
    allCssInside,
    fitsFirstRoundTrip: allCssInside && gzipBytes <= FIRST_ROUND_TRIP_BYTES,
  };
}

/** Static `import` specifiers of an ES module (not dynamic `import()`, which waits for use). */
export function staticImports(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+)["'`]/g),
    ...code.matchAll(/(?:^|[;}\s])export\s*[\w*{}\s,$]+from\s*["'`]([^"'`]+)["'`]/g),
  ].map((match) => match[1]!);
  return [...new Set(specifiers)];
}

/** Resolves a URL found in a page at `pagePath` to a root-relative path, or undefined if external. */
export function resolveLocal(url: string, base: string): string | undefined {
  if (/^(data|blob|mailto|tel|javascript):/i.test(url)) return undefined;
  const resolved = new URL(url, `http://local${base}`);
  return resolved.host === 'local' ? decodeURIComponent(resolved.pathname) : undefined;
}

/**
 * Everything a built page loads before the reader does anything. `readAsset` returns a file
 * of the build by root-relative path (undefined when missing); `screenText` is how much text
 * the first screen shows (measured by a browser when one is available).
 */
export function analyzePage(
  path: string,
  html: string,
  readAsset: (path: string) => Uint8Array | undefined,
  screenText = DEFAULT_FIRST_SCREEN_TEXT,
): PageResources {
  const { tags } = scan(html);
  const inlineCss = tags.filter((tag) => tag.name === 'style').map((tag) => tag.text);
  const inlineJs = tags
    .filter(
      (tag) => tag.name === 'script' && !tag.attribs.src && !/json/i.test(tag.attribs.type ?? ''),
    )
    .map((tag) => tag.text);

  const stylesheetLinks = tags.filter(
    (tag) =>
      tag.name === 'link' &&
      /(^|\s)stylesheet(\s|$)/i.test(tag.attribs.rel ?? '') &&
      tag.attribs.href,
  );
  const scriptFiles = tags.filter((tag) => tag.name === 'script' && tag.attribs.src);
  const renderBlocking = [
    ...stylesheetLinks
      .filter((tag) => !tag.attribs.media || /^(all|screen)$/i.test(tag.attribs.media.trim()))
      .map((tag) => tag.attribs.href!),
    ...scriptFiles
      .filter(
        (tag) =>
          tag.inHead &&
          !('async' in tag.attribs) &&
          !('defer' in tag.attribs) &&
          tag.attribs.type !== 'module',
      )
      .map((tag) => tag.attribs.src!),
  ];

  const load = (url: string) => {
    const local = resolveLocal(url, path);
    return local === undefined ? undefined : readAsset(local);
  };
  const linkedCss = stylesheetLinks
    .map((tag) => load(tag.attribs.href!))
    .filter((file) => file !== undefined);

  // Script files and, transitively, the modules they import statically.
  const jsFiles: Uint8Array[] = [];
  const queue = scriptFiles
    .map((tag) => resolveLocal(tag.attribs.src!, path))
    .filter((file) => file !== undefined);
  for (const inline of inlineJs)
    queue.push(
      ...staticImports(inline)
        .map((spec) => resolveLocal(spec, path))
        .filter((file) => file !== undefined),
    );
  const seenJs = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seenJs.has(file)) continue;
    seenJs.add(file);
    const data = readAsset(file);
    if (!data) continue;
    jsFiles.push(data);
    for (const spec of staticImports(Buffer.from(data).toString('utf8'))) {
      const next = resolveLocal(spec, file);
      if (next) queue.push(next);
    }
  }

  const allCssText = [
    ...inlineCss,
    ...linkedCss.map((file) => Buffer.from(file).toString('utf8')),
  ].join('\n');
  const fontUrls = [
    ...[...allCssText.matchAll(/@font-face\s*{[^}]*}/g)].flatMap((block) =>
      [...block[0].matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
        .slice(0, 1)
        .map((match) => match[1]!),
    ),
    ...tags
      .filter(
        (tag) =>
          tag.name === 'link' &&
          /preload/i.test(tag.attribs.rel ?? '') &&
          tag.attribs.as === 'font',
      )
      .map((tag) => tag.attribs.href!),
  ];
  const fontFiles = [...new Set(fontUrls)].map(load).filter((file) => file !== undefined);
  const imageFiles = tags
    .filter((tag) => tag.name === 'img' && tag.attribs.src)
    .map((tag) => load(tag.attribs.src!))
    .filter((file) => file !== undefined);

  const htmlSize = sizeOf([html]);
  const external = [...linkedCss, ...jsFiles, ...fontFiles].reduce(
    (sum, file) => sum + gzipSize(file),
    0,
  );
  return {
    path,
    html: htmlSize,
    css: sizeOf([...inlineCss, ...linkedCss]),
    js: sizeOf([...inlineJs, ...jsFiles]),
    font: sizeOf(fontFiles),
    image: sizeOf(imageFiles),
    renderBlocking,
    fontRequests: [...new Set(fontUrls)],
    totalGzip: htmlSize.gzip + external,
    firstRender: firstRenderOf(html, screenText),
  };
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
  type: PageType;
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

/** Bytes as KB with one decimal ("11.7"). */
export function kb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** "+0.3" / "-1.2" / "0.0": a change in KB, for comparing with the previous run. */
export function deltaKb(previous: number | undefined, current: number): string {
  if (previous === undefined) return 'new';
  const delta = (current - previous) / KB;
  return `${delta > 0 ? '+' : ''}${delta.toFixed(1)}`;
}
