/**
 * The repetition check (issue 18): finds word-for-word phrases that several built pages share,
 * so the site tells each fact once and lets the owner page explain it. Pure: given HTML, it
 * returns data; tools/check/repetition.ts reads dist/ and prints the report.
 *
 * What counts as a page's own writing is decided here, once, so the rule is testable:
 * - only text inside `<main>` (the site header, footer and skip links are the same everywhere);
 * - text is read block by block (paragraph, list item, table cell...), and a phrase never runs
 *   across two blocks: a sentence is what a reader meets twice, while two neighbouring table
 *   cells ("Goblet squat" | "3 x 8") are data, and joining them would invent phrases;
 * - left out, with the reason:
 *   - headings (h1-h6), which hold the page title and section labels: "What to do this week"
 *     closes every article by design;
 *   - quotations (blockquote, q), whose words are by definition someone else's;
 *   - navigation (nav): tables of contents, breadcrumbs, series links;
 *   - citation markers (sup): the reference number of the same sentence differs per page, and
 *     keeping it would hide a repeat;
 *   - forms, buttons and scripts: controls, not prose;
 *   - sections labelled by the reference list, the related-articles and referenced-in lists and
 *     the change log (see IGNORED_SECTION_IDS);
 *   - every `<article>` that does not hold the page's h1: a card that shows another page's title
 *     and description (topic pages and "Related articles" are made of them);
 *   - any element marked `data-copy-of="<path>"`: text shown again from the page it belongs to
 *     (an exercise's dose in a muscle-group list), which that page already counts;
 *   - any block made only of links ("Used in" lists, a table cell naming an exercise): those
 *     words are other pages' titles;
 *   - the text that labels a drawing (`role="img"` with `aria-labelledby`), such as the muscle
 *     map's caption, which is generated from an exercise's muscle tags, and any element marked
 *     `data-generated` (an exercise figure's text alternative, written from its joint angles:
 *     similar movements are described in similar words by design);
 *   - any block made only of fixed interface strings and punctuation (the article disclaimer,
 *     the calendar help text, the "Spotted a mistake? Report an error · Corrections and changes"
 *     line, which joins four of them): those live once in src/ui.ts and are shown on every page
 *     of a kind.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

/** Length of the phrases compared, in words (issue 18 asks for ten). */
export const PHRASE_WORDS = 10;

/** A phrase on this many pages or more is reported (issue 18: "three or more pages"). */
export const MIN_PAGES = 3;

/**
 * Ids of the headings that label whole sections left out of the check:
 * - "references": the numbered reference list, built from content/references.json, so every page
 *   that cites a study repeats its bibliographic line and population word for word;
 * - "related" and "referenced-in": lists of other pages' titles and descriptions;
 * - "changelog" (and "changes", the id the corrections log uses for the same section): dated
 *   change notes; one correction applied on several pages may rightly say the same thing on each.
 */
export const IGNORED_SECTION_IDS: readonly string[] = [
  'references',
  'related',
  'referenced-in',
  'changelog',
  'changes',
];

const SKIPPED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'q',
  'nav',
  'sup',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'form',
  'button',
  'select',
  'textarea',
]);

/** Elements that end one block of text and start another. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

type ParsedDocument = ReturnType<typeof parseDocument>;
type DomNode = ParsedDocument['children'][number];
type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
type DomText = Extract<DomNode, { type: typeof ElementType.Text }>;

/** Collapses whitespace, so text from the HTML compares equal to a string from the code. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The words of a text, as the check compares them: NFKC-normalised and lower-cased; hyphens,
 * dashes and slashes split words ("well-trained" is "well trained", so a hyphen cannot hide a
 * repeat); apostrophes join them ("don't" is "dont"); other punctuation is dropped.
 */
export function words(text: string): string[] {
  const normalised = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[-‐‑‒–—―/]/g, ' ');
  return normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function isElement(node: DomNode): node is DomElement {
  return ElementType.isTag(node);
}

function isText(node: DomNode): node is DomText {
  return node.type === ElementType.Text;
}

function ignoredSection(element: DomElement): boolean {
  const label = element.attribs['aria-labelledby'];
  return label !== undefined && IGNORED_SECTION_IDS.includes(label);
}

/**
 * The blocks of text a reader sees in a page's main content, with the exclusions listed at the
 * top of this file. `interfaceStrings` are fixed UI texts (src/ui.ts) to drop when a block
 * consists of one of them and nothing else.
 */
export function mainTextBlocks(html: string, interfaceStrings: Iterable<string> = []): string[] {
  const document = parseDocument(html);
  const main = DomUtils.findOne((element) => element.name === 'main', document.children);
  if (!main) return [];
  const h1 = DomUtils.findOne((element) => element.name === 'h1', [main]);
  const holdsTitle = new Set<DomNode>();
  for (let node: DomNode | null = h1; node; node = node.parent as DomNode | null) {
    holdsTitle.add(node);
  }
  // Longest first, so a string that contains a shorter one is removed whole.
  const fixedTexts = [...new Set([...interfaceStrings].map(squash))]
    .filter((text) => words(text).length > 0)
    .sort((a, b) => b.length - a.length);
  const onlyInterfaceText = (text: string) =>
    words(fixedTexts.reduce((rest, fixed) => rest.split(fixed).join(' '), text)).length === 0;
  const imageLabelIds = new Set(
    DomUtils.findAll((element) => element.attribs.role === 'img', [main]).flatMap(
      (element) => element.attribs['aria-labelledby']?.split(/\s+/) ?? [],
    ),
  );

  const blocks: string[] = [];
  let current = '';
  let outsideLinks = '';
  const flush = () => {
    const text = squash(current);
    const ownWords = words(outsideLinks).length;
    current = '';
    outsideLinks = '';
    if (text && ownWords > 0 && !onlyInterfaceText(text)) blocks.push(text);
  };
  const visit = (node: DomNode, inLink: boolean) => {
    if (isText(node)) {
      current += node.data;
      if (!inLink) outsideLinks += node.data;
      return;
    }
    if (!isElement(node)) return;
    if (SKIPPED_TAGS.has(node.name) || ignoredSection(node)) return;
    if (node.name === 'article' && !holdsTitle.has(node)) return;
    if (node.attribs['data-copy-of'] !== undefined) return;
    if (node.attribs['data-generated'] !== undefined) return;
    if (node.attribs.id !== undefined && imageLabelIds.has(node.attribs.id)) return;
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    for (const child of node.children) visit(child as DomNode, inLink || node.name === 'a');
    if (block) flush();
  };
  visit(main as DomNode, false);
  flush();
  return blocks;
}

/** Every run of `length` consecutive words in one block, each joined by single spaces. */
export function phrasesOf(block: string, length = PHRASE_WORDS): string[] {
  const list = words(block);
  const phrases: string[] = [];
  for (let start = 0; start + length <= list.length; start += 1) {
    phrases.push(list.slice(start, start + length).join(' '));
  }
  return phrases;
}

/** One page's readable text: its URL path and its blocks. */
export interface PageText {
  page: string;
  blocks: readonly string[];
}

/** A phrase and the pages it appears on, sorted by path. */
export interface SharedPhrase {
  phrase: string;
  pages: string[];
}

/**
 * Every phrase of `length` words that appears on at least `minPages` different pages, most
 * widely shared first, then alphabetically. A phrase repeated within one page counts once.
 */
export function sharedPhrases(
  pages: readonly PageText[],
  { length = PHRASE_WORDS, minPages = MIN_PAGES }: { length?: number; minPages?: number } = {},
): SharedPhrase[] {
  const pagesByPhrase = new Map<string, Set<string>>();
  for (const { page, blocks } of pages) {
    for (const block of blocks) {
      for (const phrase of phrasesOf(block, length)) {
        const seenOn = pagesByPhrase.get(phrase) ?? new Set<string>();
        seenOn.add(page);
        pagesByPhrase.set(phrase, seenOn);
      }
    }
  }
  return [...pagesByPhrase]
    .filter(([, seenOn]) => seenOn.size >= minPages)
    .map(([phrase, seenOn]) => ({ phrase, pages: [...seenOn].sort() }))
    .sort((a, b) => b.pages.length - a.pages.length || a.phrase.localeCompare(b.phrase));
}

/**
 * Joins overlapping shared phrases into the longer passages they come from, so a repeated
 * sentence of fifteen words is reported once rather than as six ten-word windows. Two phrases
 * join when they are on the same pages and one continues the other by a single word.
 */
export function mergeIntoPassages(shared: readonly SharedPhrase[]): SharedPhrase[] {
  const pagesKey = (entry: SharedPhrase) => entry.pages.join('\n');
  const head = (entry: SharedPhrase) => entry.phrase.split(' ').slice(0, -1).join(' ');
  const tail = (entry: SharedPhrase) => entry.phrase.split(' ').slice(1).join(' ');
  const byHead = new Map<string, SharedPhrase>();
  for (const entry of shared) {
    const lookup = `${pagesKey(entry)}\n${head(entry)}`;
    if (!byHead.has(lookup)) byHead.set(lookup, entry);
  }
  const successorOf = (entry: SharedPhrase) => {
    const next = byHead.get(`${pagesKey(entry)}\n${tail(entry)}`);
    return next === entry ? undefined : next;
  };
  const continued = new Set<SharedPhrase>();
  for (const entry of shared) {
    const next = successorOf(entry);
    if (next) continued.add(next);
  }
  const used = new Set<SharedPhrase>();
  const passages: SharedPhrase[] = [];
  // Chains first, from the phrases nothing continues; anything left is part of a loop.
  const starts = [...shared.filter((entry) => !continued.has(entry)), ...shared];
  for (const start of starts) {
    if (used.has(start)) continue;
    const parts = start.phrase.split(' ');
    used.add(start);
    for (let next = successorOf(start); next && !used.has(next); next = successorOf(next)) {
      used.add(next);
      parts.push(next.phrase.split(' ').at(-1) ?? '');
    }
    passages.push({ phrase: parts.join(' '), pages: start.pages });
  }
  return passages;
}
