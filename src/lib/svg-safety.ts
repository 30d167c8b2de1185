/**
 * Active content in an SVG file. The build copies a content SVG to /_astro/ byte for byte, and a
 * reader who opens it directly gets a document on our origin: a script in it would run there.
 * So content SVGs must be pictures only: no script, no event handlers, no embedded HTML and
 * nothing loaded from elsewhere. (nginx and _headers also send every .svg with a sandboxing CSP;
 * this check is the first line, so a hostile file never ships at all.)
 *
 * Pure and deliberately strict: it reads the text, not a parsed tree, so a construct a parser
 * would take differently (a prefix, odd case, a comment) is still caught, and a harmless file
 * that merely looks suspicious is refused with a message rather than let through.
 */

/** One piece of active content: what it is and the line of the SVG it is on. */
export interface SvgFinding {
  what: string;
  line: number;
}

/**
 * References an SVG may keep: a fragment in the same file (`#gradient`) or an inline raster
 * image (editors embed bitmaps this way; an image cannot run script). Anything else points to
 * another file or site.
 */
const SAFE_REFERENCE = /^\s*(#|data:image\/(png|jpe?g|gif|webp|avif);)/i;

/** Elements that run script, embed other documents or carry HTML (`x:` prefixes included). */
const ACTIVE_ELEMENTS = [
  ['script', 'a <script> element'],
  ['foreignObject', 'a <foreignObject> element (embedded HTML)'],
  ['iframe', 'an <iframe> element'],
  ['embed', 'an <embed> element'],
  ['object', 'an <object> element'],
  ['handler', 'a <handler> element (event script)'],
  ['listener', 'a <listener> element (event script)'],
] as const;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Everything in the SVG text that could run script or load another resource, in file order. */
export function svgActiveContent(text: string): SvgFinding[] {
  const findings: { what: string; index: number }[] = [];
  const add = (what: string, index: number) => findings.push({ what, index });

  for (const [name, what] of ACTIVE_ELEMENTS) {
    for (const match of text.matchAll(new RegExp(`<([\\w.-]+:)?${name}\\b`, 'gi'))) {
      add(what, match.index);
    }
  }
  if (/<!ENTITY/i.test(text)) add('an <!ENTITY> declaration', text.search(/<!ENTITY/i));

  // Attributes, read inside each start tag (quoted values may hold ">").
  for (const tag of text.matchAll(/<[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g)) {
    const attributes = /^<[^\s/>]+/.exec(tag[0]);
    const rest = tag[0].slice(attributes?.[0].length ?? 0);
    for (const attribute of rest.matchAll(/([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      const name = (attribute[1] ?? '').toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      const index = tag.index + (attributes?.[0].length ?? 0) + attribute.index;
      if (/^on/.test(name)) add(`an event handler attribute ${attribute[1]}=`, index);
      else if ((name === 'href' || name.endsWith(':href')) && !SAFE_REFERENCE.test(value))
        add(`an external reference ${attribute[1]}="${value.slice(0, 60)}"`, index);
      else if (name === 'attributename' && /href$/i.test(value))
        add(`an animation that rewrites ${value}`, index);
    }
  }

  for (const match of text.matchAll(/@import\b/gi)) add('a CSS @import', match.index);
  for (const match of text.matchAll(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi)) {
    if (!SAFE_REFERENCE.test(match[2] ?? ''))
      add(`an external reference url(${(match[2] ?? '').slice(0, 60)})`, match.index);
  }

  return findings
    .sort((a, b) => a.index - b.index)
    .map(({ what, index }) => ({ what, line: lineAt(text, index) }));
}

/** The findings as one sentence fragment for an error message ("a <script> element (line 3); ..."). */
export function describeSvgFindings(findings: readonly SvgFinding[]): string {
  return findings.map(({ what, line }) => `${what} (line ${line})`).join('; ');
}
