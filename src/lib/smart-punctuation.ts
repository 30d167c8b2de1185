/**
 * Typographic punctuation for rendered prose: curly quotes and apostrophes, em dashes for "--",
 * ellipses for "...", and “ ” for `` and ''. The same choices as SmartyPants (retext-smartypants'
 * default settings, which Astro's Markdown used), made by one pass of a regular expression over
 * the text instead of a natural-language parse: that parse cost 12 to 22 ms per article, most of
 * a large build's Markdown time (issue 21). tests/unit/smart-punctuation.test.ts compares both on
 * every paragraph of the site and on tricky cases.
 */

const OPEN = { '"': '“', "'": '‘' } as const;
const CLOSE = { '"': '”', "'": '’' } as const;

type TokenKind = 'space' | 'word' | 'mark';
interface Token {
  kind: TokenKind;
  value: string;
}

/**
 * Whitespace runs, word runs (letters, digits, marks) and runs of one repeated punctuation or
 * symbol character ("--", "...", a lone quote), as the natural-language parser groups them.
 */
const TOKEN = /(\s+)|([\p{L}\p{N}\p{M}]+)|([^\s\p{L}\p{N}\p{M}])\3*/gsu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const kind: TokenKind = match[1] ? 'space' : match[2] ? 'word' : 'mark';
    tokens.push({ kind, value: match[0] });
  }
  return tokens;
}

const isQuote = (value: string): value is '"' | "'" => value === '"' || value === "'";

/**
 * Curls every straight quote in `text`, deciding opening or closing from its neighbours: after
 * a space or punctuation and before a word it opens; after a word it closes (so apostrophes in
 * "runner's" and "runners'" close); a quote before punctuation that does not start a word
 * closes; a double set ("'Quoted' words) opens both; the decade "'80s" closes. Length-preserving,
 * so the caller can map the result back onto the text nodes it came from.
 */
export function curlQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const tokens = tokenize(text);
  tokens.forEach((token, index) => {
    const value = token.value;
    if (!isQuote(value)) return;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const nextNext = tokens[index + 2];
    if (next?.kind === 'mark' && nextNext?.kind !== 'word') {
      token.value = CLOSE[value];
    } else if (next?.kind === 'mark' && isQuote(next.value) && nextNext?.kind === 'word') {
      token.value = OPEN[value];
      next.value = OPEN[next.value];
    } else if (next && /^\d\ds$/.test(next.value)) {
      token.value = CLOSE[value];
    } else if (previous && previous.kind !== 'word' && next?.kind === 'word') {
      token.value = OPEN[value];
    } else if (previous?.kind === 'word') {
      token.value = CLOSE[value];
    } else if (!next || next.kind === 'space' || (value === "'" && next.value === 's')) {
      token.value = CLOSE[value];
    } else {
      token.value = OPEN[value];
    }
  });
  return tokens.map((token) => token.value).join('');
}

/**
 * Smart punctuation for one piece of text on its own (a title, a description, a cue in front
 * matter): quotes curled, then dashes and ellipses, the order src/markdown/smart-punctuation.ts uses on
 * bodies. A quote at the start opens, as at the start of a paragraph.
 */
export function smartPunctuation(text: string): string {
  return replaceDashesAndEllipses(curlQuotes(text));
}

/**
 * The replacements that change the text's length, applied within one text node: "--" becomes an
 * em dash, three or more dots (or three dots with spaces between) an ellipsis, `` and '' curly
 * double quotes. "---" and a single "-" are left alone.
 */
export function replaceDashesAndEllipses(text: string): string {
  if (!/--|\.\.|\.\s+\.|``|''/.test(text)) return text;
  return text
    .replace(/(?<!\.)\.(?:\s+\.){2,}(?!\.)/g, '…')
    .replace(/(?<![-])--(?![-])/g, '—')
    .replace(/(?<!\.)\.{3,}(?!\.)/g, '…')
    .replace(/(?<!`)``(?!`)/g, '“')
    .replace(/(?<!')''(?!')/g, '”');
}
