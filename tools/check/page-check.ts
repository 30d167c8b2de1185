import { Parser } from 'htmlparser2';
import { cspHash } from '../../src/lib/security.ts';

/**
 * Per-page checks of the built HTML (run over every page of dist/ by tools/check/dist.ts):
 * head metadata, images, new-tab links, and that the page's own CSP allows exactly its inline
 * scripts and styles. Static and deterministic, so it runs in a second for the whole site;
 * Chromium (tests/e2e/site-integrity.spec.ts) then confirms no violation happens at run time.
 */

/** What the checks need to know about one page. */
export interface PageFacts {
  title: string;
  metaByKey: Map<string, string>;
  canonical: string | undefined;
  /** The `<meta http-equiv="content-security-policy">` content, if any. */
  csp: string | undefined;
  /** `<meta http-equiv="refresh">` content: set on redirect fallback pages. */
  refresh: string | undefined;
  images: {
    src: string;
    alt: string | undefined;
    width: string | undefined;
    height: string | undefined;
  }[];
  newTabLinks: { href: string; rel: string }[];
  inlineScripts: { type: string; text: string }[];
  inlineStyles: string[];
  /** Elements with a style="" or on*="" attribute (a hash-based CSP blocks both). */
  inlineAttributes: string[];
  /** Whatever follows `</html>` (whitespace aside): a browser moves it into the body, late. */
  afterDocument: string;
  /** The text of every table header cell (`<th>`), in document order. */
  tableHeaders: string[];
  /**
   * Readable text (not scripts, styles or code) that holds a straight double quote or a straight
   * apostrophe/single quote.
   */
  straightQuotes: string[];
}

/** Elements whose text is code or keyboard input, where straight quotes are correct. */
const CODE_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp']);

/** Collects the facts from an HTML document. */
export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = {
    title: '',
    metaByKey: new Map(),
    canonical: undefined,
    csp: undefined,
    refresh: undefined,
    images: [],
    newTabLinks: [],
    inlineScripts: [],
    inlineStyles: [],
    inlineAttributes: [],
    afterDocument: /<\/html\s*>([\s\S]*)$/i.exec(html)?.[1]?.trim() ?? '',
    tableHeaders: [],
    straightQuotes: [],
  };
  let headerCell: string | undefined;
  let inTitle = false;
  let script: { type: string; text: string; external: boolean } | undefined;
  let style: string | undefined;
  /** Depth inside code-like elements, whose text may hold straight quotes on purpose. */
  let code = 0;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        for (const name of Object.keys(attributes)) {
          if (name === 'style' || name.startsWith('on'))
            facts.inlineAttributes.push(`<${tag} ${name}>`);
        }
        if (tag === 'title') inTitle = true;
        if (tag === 'meta') {
          const key = attributes.name ?? attributes.property;
          if (key && attributes.content !== undefined) facts.metaByKey.set(key, attributes.content);
          const httpEquiv = attributes['http-equiv']?.toLowerCase();
          if (httpEquiv === 'content-security-policy') facts.csp = attributes.content;
          if (httpEquiv === 'refresh') facts.refresh = attributes.content;
        }
        if (tag === 'link' && attributes.rel === 'canonical') facts.canonical = attributes.href;
        if (tag === 'img') {
          facts.images.push({
            src: attributes.src ?? '',
            alt: attributes.alt,
            width: attributes.width,
            height: attributes.height,
          });
        }
        if (tag === 'a' && attributes.target === '_blank') {
          facts.newTabLinks.push({ href: attributes.href ?? '', rel: attributes.rel ?? '' });
        }
        if (tag === 'script') {
          script = {
            type: attributes.type ?? '',
            text: '',
            external: attributes.src !== undefined,
          };
        }
        if (tag === 'style') style = '';
        if (CODE_ELEMENTS.has(tag)) code += 1;
        if (tag === 'th') headerCell = '';
      },
      ontext(text) {
        if (headerCell !== undefined) headerCell += text;
        if (!script && style === undefined && code === 0 && /["']/.test(text))
          facts.straightQuotes.push(text);
        if (inTitle) facts.title += text;
        if (script) script.text += text;
        if (style !== undefined) style += text;
      },
      onclosetag(tag) {
        if (tag === 'title') inTitle = false;
        if (CODE_ELEMENTS.has(tag) && code > 0) code -= 1;
        if (tag === 'script' && script) {
          if (!script.external) facts.inlineScripts.push({ type: script.type, text: script.text });
          script = undefined;
        }
        if (tag === 'th' && headerCell !== undefined) {
          facts.tableHeaders.push(headerCell.trim());
          headerCell = undefined;
        }
        if (tag === 'style' && style !== undefined) {
          facts.inlineStyles.push(style);
          style = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return facts;
}

/** The sources of one directive in a CSP string (`script-src 'self' 'sha256-..'` -> [...]). */
export function cspSources(policy: string, directive: string): string[] | undefined {
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === directive) return sources;
  }
  return undefined;
}

export interface PageContext {
  /** URL path of the page ("/articles/x/"). */
  path: string;
  /** The site origin canonical URLs and images must use. */
  origin: string;
  /** Every file in the build ("/og/site/default.png"), to check that the OG image exists. */
  files: ReadonlySet<string>;
}

/** Everything wrong with one page, as readable sentences (empty when the page is fine). */
export function findPageProblems(facts: PageFacts, { path, origin, files }: PageContext): string[] {
  const problems: string[] = [];
  const noindex = /\bnoindex\b/.test(facts.metaByKey.get('robots') ?? '');
  if (facts.afterDocument)
    problems.push(`markup after </html>: ${facts.afterDocument.slice(0, 60)}`);

  if (facts.refresh !== undefined) {
    // A redirect fallback page (old URL of a renamed article): it only has to send readers and
    // search engines on.
    if (!noindex) problems.push('redirect page is not marked noindex');
    if (!facts.canonical?.startsWith(`${origin}/`))
      problems.push('redirect page has no canonical link to the new URL on the site');
    // A real fallback page carries no code and no policy. One that does (a meta refresh and a
    // noindex added to an ordinary page) gets every check of the page's policy, so the pair
    // cannot switch those checks off.
    const carriesCode =
      facts.csp !== undefined ||
      facts.inlineScripts.length > 0 ||
      facts.inlineStyles.length > 0 ||
      facts.inlineAttributes.length > 0;
    return carriesCode ? [...problems, ...policyProblems(facts)] : problems;
  }

  if (facts.title.trim() === '') problems.push('no <title>');
  // House style: curly quotes and apostrophes in everything a reader sees (src/lib/smart-punctuation.ts
  // does it for Markdown bodies, the content schemas for front matter).
  for (const text of facts.straightQuotes) {
    const at = text.search(/["']/);
    const what =
      text[at] === '"' ? 'double quote (write “ ”)' : 'apostrophe or single quote (write ’ or ‘ ’)';
    problems.push(
      `straight ${what} in the text: ${text.slice(Math.max(0, at - 30), at + 30).trim()}`,
    );
  }
  // House style: headers are in sentence case, like headings ("Sets and reps", not "sets and reps").
  for (const header of facts.tableHeaders) {
    if (/^\p{Ll}/u.test(header))
      problems.push(
        `table header "${header}" starts with a lowercase letter: write it in sentence case`,
      );
  }
  if (!facts.metaByKey.get('description')?.trim()) problems.push('no meta description');
  if (!noindex && facts.canonical !== `${origin}${path}`) {
    problems.push(`canonical is ${facts.canonical ?? 'missing'}, expected ${origin}${path}`);
  }
  const ogImage = facts.metaByKey.get('og:image');
  if (!ogImage) problems.push('no og:image');
  else if (!ogImage.startsWith(`${origin}/`) || !files.has(new URL(ogImage).pathname))
    problems.push(`og:image ${ogImage} is not a file of this build`);

  for (const image of facts.images) {
    if (image.alt === undefined) problems.push(`<img src="${image.src}"> has no alt attribute`);
    if (!image.width || !image.height)
      problems.push(`<img src="${image.src}"> lacks width and height (layout shift)`);
  }
  for (const link of facts.newTabLinks) {
    const rel = link.rel.split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer'))
      problems.push(`link to ${link.href} opens a new tab without rel="noopener noreferrer"`);
  }

  return [...problems, ...policyProblems(facts)];
}

/** What the page's Content-Security-Policy does not cover: unhashed inline code, weak sources. */
function policyProblems(facts: PageFacts): string[] {
  const problems: string[] = [];
  if (facts.csp === undefined) {
    problems.push('no Content-Security-Policy meta element');
    return problems;
  }
  const scriptSources = cspSources(facts.csp, 'script-src') ?? [];
  const styleSources = cspSources(facts.csp, 'style-src') ?? [];
  if (scriptSources.includes("'unsafe-inline'"))
    problems.push("CSP script-src allows 'unsafe-inline'");
  for (const directive of ['object-src', 'base-uri', 'form-action']) {
    if (!cspSources(facts.csp, directive)) problems.push(`CSP has no ${directive}`);
  }
  for (const { type, text } of facts.inlineScripts) {
    if (!scriptSources.includes(`'${cspHash(text)}'`)) {
      problems.push(
        `inline <script${type ? ` type="${type}"` : ''}> is not hashed in the CSP: ${text.slice(0, 60)}`,
      );
    }
  }
  for (const text of facts.inlineStyles) {
    if (!styleSources.includes(`'${cspHash(text)}'`))
      problems.push(`inline <style> is not hashed in the CSP: ${text.slice(0, 60)}`);
  }
  for (const attribute of facts.inlineAttributes) {
    problems.push(`${attribute} would be blocked by the CSP (use a class or a script)`);
  }
  return problems;
}
