import { Parser } from 'htmlparser2';
import { gzipSync } from 'node:zlib';

/**
 * What a built page loads before any interaction, and how much of it the first round trip
 * carries: the measuring half of `npm run bench` (tools/bench/budget.ts judges the numbers).
 * File access is passed in, so tests need no dist/.
 *
 * Units: 1 KB = 1024 bytes; "gzip" is zlib level 9, what a static host serves pre-compressed.
 */

export const KB = 1024;

/** One TCP round trip on a new connection: 10 segments of about 1.4 KB (RFC 6928). */
export const FIRST_ROUND_TRIP_BYTES = 14 * KB;

/**
 * Characters of text a phone shows on its first screen when no browser measured it: about
 * what a 412 x 823 screen (Lighthouse's phone) holds at our type sizes, header included.
 */
export const DEFAULT_FIRST_SCREEN_TEXT = 900;

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
