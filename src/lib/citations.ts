/**
 * Pandoc-style citations: `[@storen-2008]` or `[@storen-2008; @blagrove-2018]` in article text.
 * Parsing lives here, pure, so the remark plugin and the tests share one definition.
 */

/** Matches one citation group, for example "[@a-2001; @b-2002]". */
export const CITATION_GROUP = /\[(@[a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)\]/g;

/** The keys inside a group's inner text ("@a; @b" -> ["a", "b"]). */
export function keysOfGroup(inner: string): string[] {
  return inner.split(';').map((part) => part.trim().replace(/^@/, ''));
}

/** A run of text split into plain text and citation groups, in order. */
export type CitationSegment = { kind: 'text'; value: string } | { kind: 'cite'; keys: string[] };

/** Splits text into plain and citation segments; text with no citation comes back as one segment. */
export function splitCitations(text: string): CitationSegment[] {
  const segments: CitationSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION_GROUP)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', value: text.slice(last, start) });
    segments.push({ kind: 'cite', keys: keysOfGroup(match[1] ?? '') });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', value: text.slice(last) });
  return segments;
}

/**
 * Numbers references in order of first citation and gives every citation mark its own anchor
 * id, so the reference list can link back to each place a source was cited.
 */
export class CitationNumbering {
  private readonly numbers = new Map<string, number>();
  private readonly backlinks = new Map<string, string[]>();

  /** Registers one citation of `key` and returns its number and the anchor id of this mark. */
  cite(key: string): { number: number; anchorId: string } {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.numbers.size + 1;
      this.numbers.set(key, number);
      this.backlinks.set(key, []);
    }
    const marks = this.backlinks.get(key) as string[];
    const anchorId = `cite-${key}-${marks.length + 1}`;
    marks.push(anchorId);
    return { number, anchorId };
  }

  /** Cited references in number order, each with the anchor ids of its citation marks. */
  list(): { key: string; number: number; backlinks: string[] }[] {
    return [...this.numbers.entries()].map(([key, number]) => ({
      key,
      number,
      backlinks: this.backlinks.get(key) ?? [],
    }));
  }
}

/** Anchor id of a reference in the list at the end of an article. */
export function referenceAnchorId(key: string): string {
  return `ref-${key}`;
}

/**
 * Id of the popover card a citation mark opens (one per reference, not per mark). Its own prefix,
 * so it can never equal a mark's id ("cite-a-1" is a mark of "a", and could be a key's card).
 */
export function referenceCardId(key: string): string {
  return `card-${key}`;
}

/** The key of a reference card's id ("card-storen-2008" -> "storen-2008"), or undefined. */
export function keyOfReferenceCard(id: string): string | undefined {
  return id.startsWith('card-') ? id.slice('card-'.length) : undefined;
}

/** A trailing run of initials after a surname ("Støren Ø" -> " Ø", "Keogh JWL" -> " JWL"). */
const INITIALS = /\s+\p{Lu}{1,4}$/u;

/**
 * The name a citation mark gives a reference's authors: the first author's surname ("Støren Ø,
 * Helgerud J, ..." -> "Støren"), or a group author's name without its members ("American College
 * of Sports Medicine (writing group: ...)" -> "American College of Sports Medicine"). The card the
 * mark opens, and the list, give them all.
 */
export function firstAuthor(authors: string): string {
  const first = authors.split(/,\s*/)[0] ?? authors;
  if (first.includes('(')) return first.slice(0, first.indexOf('(')).trim();
  return first.replace(INITIALS, '').trim();
}

/** Author lists longer than this are shortened (the AMA rule: up to six names in full). */
export const MAX_LISTED_AUTHORS = 6;
/** How many names a shortened list keeps before "et al.". */
export const AUTHORS_BEFORE_ET_AL = 3;

/**
 * A reference's author list as the reference list shows it: in full up to six names, otherwise
 * the first three and "et al." (AMA style). A group author with its members in parentheses
 * ("American College of Sports Medicine (writing group: ...)") is left as written.
 */
export function displayAuthors(authors: string): string {
  if (authors.includes('(')) return authors;
  const names = authors.split(/,\s*/).filter((name) => name.length > 0);
  if (names.length <= MAX_LISTED_AUTHORS) return authors;
  return `${names.slice(0, AUTHORS_BEFORE_ET_AL).join(', ')}, et al.`;
}

/** A bracketed note that records what was or was not checked ("(first page; last page not verified)"). */
const CHECKING_NOTE = /\s*\([^()]*\bnot (?:re-?)?(?:verified|checked)\b[^()]*\)/gi;

/**
 * A reference field without the notes the evidence file keeps for writers about its own checking
 * ("1704 (first page; last page not verified)" -> "1704"). The reference list, the feeds and the
 * structured data show what a source is, never how far we have checked it (issue 18).
 */
export function withoutCheckingNotes(text: string): string {
  return text.replace(CHECKING_NOTE, '').trim();
}
