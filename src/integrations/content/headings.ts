import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type MdastPluginEntry } from 'satteri';
import { calloutsPlugin } from '../../markdown/callouts.ts';
import { MARKDOWN_FEATURES } from '../../markdown/pipeline.ts';
import { smartPunctuationPlugin } from '../../markdown/smart-punctuation.ts';

/**
 * The ids Astro gives a Markdown or MDX file's headings, computed before the file is rendered,
 * so a cross-link's `#fragment` can be checked while the linking page renders. Rather than
 * imitating Astro, it runs the steps of the site's pipeline that decide a heading's text (the
 * parser with the site's features, the callout directives, smart punctuation, then the
 * project's text-changing plugins, passed in) and then Astro's own heading-ids plugin, which
 * slugs that text with github-slugger. A parity test compares the result with the ids in the
 * built pages.
 */
export function headingIdsOf(
  body: string,
  {
    path,
    mdx,
    textPlugins = [],
    projectRoot = process.cwd(),
  }: { path: string; mdx: boolean; textPlugins?: MdastPluginEntry[]; projectRoot?: string },
): string[] {
  // A plain Markdown file's ATX headings alone give the same ids as the whole file, at a fraction
  // of the parse. MDX, and Markdown the line scan cannot read with certainty, go whole.
  const headingsOnly = mdx ? undefined : atxHeadingsOnly(body);
  if (headingsOnly === '') return [];
  const source = headingsOnly ?? body;
  const astro = {
    frontmatter: {},
    headings: [] as MarkdownHeading[],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const options = {
    mdastPlugins: [calloutsPlugin({ projectRoot }), smartPunctuationPlugin(), ...textPlugins],
    hastPlugins: [satteriHeadingIdsPlugin()],
    features: MARKDOWN_FEATURES,
    fileURL: pathToFileURL(path),
    data: { astro },
  };
  if (mdx) mdxToJs(source, options);
  else markdownToHtml(source, options);
  return astro.headings.map((heading) => heading.slug);
}

/** An ATX heading at the top level: up to three spaces, 1 to 6 "#", then a space or the end. */
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A line of "=" or "-" alone: under a line of text, it makes that text a heading. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A fence opening or closing a code block: its character and length. */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/**
 * What the line scan does not model, so the file is parsed whole: a link reference definition
 * (it changes a heading's link text), an HTML block (a "#" line inside it is not a heading), a
 * heading in a list or block quote or indented under one. A setext underline under text and a
 * citation in a heading (its text depends on the citations before it) are checked in the scan.
 */
const NOT_MODELLED = [
  /^ {0,3}\[[^\]]+\]:/,
  /^ {0,3}</,
  /^\s*(?:(?:>|[-*+]|\d{1,9}[.)])\s*)+#{1,6}(?:\s|$)/,
  /^(?: {4,}|[ ]*\t\s*)#{1,6}(?:\s|$)/,
];

/**
 * The ATX headings of a Markdown body, each as a block of its own, in order; or undefined when
 * the body holds something the scan does not model (NOT_MODELLED), so the caller parses it whole.
 * Headings inside fenced code are skipped. Exported for the parity tests.
 */
export function atxHeadingsOnly(body: string): string | undefined {
  const headings: string[] = [];
  let fence: { char: string; length: number } | undefined;
  // Whether the line before could be paragraph text, which an underline would make a heading.
  let afterText = false;
  for (const line of body.split(/\r?\n/)) {
    const wasAfterText = afterText;
    afterText = false;
    const fenceMatch = FENCE.exec(line);
    // The fence's run of ` or ~, and what follows it on the line (both always matched).
    const marks = fenceMatch?.[1] ?? '';
    const after = fenceMatch?.[2] ?? '';
    if (fence) {
      // A closing fence: the same character, at least as long, nothing after it.
      if (
        fenceMatch &&
        marks[0] === fence.char &&
        marks.length >= fence.length &&
        after.trim() === ''
      )
        fence = undefined;
      continue;
    }
    if (fenceMatch && !(marks[0] === '`' && after.includes('`'))) {
      fence = { char: marks[0] ?? '`', length: marks.length };
      continue;
    }
    if (NOT_MODELLED.some((pattern) => pattern.test(line))) return undefined;
    if (SETEXT_UNDERLINE.test(line)) {
      // Under text it makes a heading; after a blank line or a heading it is a rule or text.
      if (wasAfterText) return undefined;
    } else if (ATX_HEADING.test(line)) {
      if (line.includes('[@')) return undefined;
      headings.push(line);
    } else {
      afterText = line.trim() !== '';
    }
  }
  return headings.join('\n\n');
}
