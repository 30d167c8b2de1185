import { smartPunctuation } from './smart-punctuation';

/**
 * Typographic rules applied to text as readers see it, once: the Markdown pipeline
 * (src/markdown/typography.ts, smart-punctuation.ts) runs them on bodies, the
 * content schemas (src/schemas/) on front-matter text as they read it. Writers keep typing plain
 * hyphens and straight quotes.
 */

const EN_DASH = '\u2013';

/**
 * URLs, DOIs and `www.` addresses: their hyphens are part of an identifier, never a range.
 * Runs of non-space characters from the start of such a token are left exactly as written.
 */
const IDENTIFIER = /(?:https?:\/\/|www\.|doi:|\b10\.\d{4,9}\/)\S*/giu;

/**
 * A number range written with a hyphen: "2-3", "8-12RM", "1.5-2", "1,000-2,000". Not a range,
 * and left alone:
 * - part of a longer hyphen chain (dates such as 2026-12-05, ids such as 978-0-19);
 * - glued to a letter, dot, slash, hyphen or another dash on the left (s40279-019, v2-3, -2-3:
 *   ids, versions and negative numbers);
 * - a right-hand number with a leading zero (12-07): codes and times, never a count;
 * - a year and a month (2026-12), the start of an ISO date.
 */
const NUMBER_RANGE =
  /(?<![\p{L}\p{N}_./\-\u2010-\u2015\u2212])(?!(?:19|20)\d\d-\d\d(?!\d))(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?-(?!0\d)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d|,\d|[-\u2010-\u2015\u2212]\d|\.\d|\/\d)/gu;

/** Replaces the hyphen of every number range with an en dash ("2-3 sets of 8-12" → "2–3 sets of 8–12"). */
export function enDashRanges(text: string): string {
  if (!/\d-\d/.test(text)) return text;
  let result = '';
  let last = 0;
  for (const match of text.matchAll(IDENTIFIER)) {
    result += rangesIn(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + rangesIn(text.slice(last));
}

function rangesIn(text: string): string {
  return text.replace(
    NUMBER_RANGE,
    (_, from: string, fromDecimals = '', to: string, toDecimals = '') =>
      `${from}${fromDecimals}${EN_DASH}${to}${toDecimals}`,
  );
}

/**
 * Front-matter text set like a Markdown body: curly quotes and apostrophes, em dashes and
 * ellipses (src/lib/smart-punctuation.ts), and en dashes in number ranges. The content schemas
 * apply it to every text field a reader sees (descriptions, takeaways, cues, program text,
 * change notes), so pages, meta tags, feeds and structured data all carry the same text.
 */
export function typeset(text: string): string {
  return enDashRanges(smartPunctuation(text));
}

/**
 * A title as a heading shows it: where a number joins a word with a hyphen ("8-week",
 * "week-2"), the hyphen becomes a non-breaking one (U+2011), so a narrow screen never ends a
 * line with "8-". For headings only: `<title>`, share text, slugs and the Open Graph card keep
 * the ASCII hyphen (Inter, the card's font, has no U+2011 glyph).
 */
export function nonBreakingNumberHyphens(title: string): string {
  return title.replace(/(?<=\d)-(?=\p{L})|(?<=\p{L})-(?=\d)/gu, '\u2011');
}
