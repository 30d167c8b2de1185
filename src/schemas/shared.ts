import { z } from 'astro/zod';
import type { reference } from 'astro:content';
import { cardTextProblem } from '../lib/og-card';
import { smartPunctuation } from '../lib/smart-punctuation';
import { typeset } from '../lib/typography';
import { CARD_COVERAGE } from '../og/fonts';

/**
 * Builds a schema for a link to another collection's entry. In the site build this is Astro's
 * `reference()` (so an unknown id fails the build); unit tests pass a plain stand-in.
 */
export type ReferenceFactory = typeof reference;

/** Lower-case words joined by hyphens: the shape of every id and slug on the site. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written as YYYY-MM-DD in front matter (YAML turns it into a Date). */
export const calendarDate = z.coerce.date({
  error: 'must be a date written as YYYY-MM-DD, for example 2026-11-21',
});

/**
 * Control characters other than tab and newline (C0, DEL and C1). Text pasted from a PDF brings
 * form feeds and the like; they are invisible on the page but make the RSS and Atom feeds invalid
 * XML, so the build refuses them instead of removing them unseen.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** Why a text contains a control character (which, and where), or undefined when it has none. */
export function controlCharacterProblem(text: string): string | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `contains the invisible control character U+${code} at character ${match.index + 1} (often pasted from a PDF); delete it. Valid: text with tabs and line breaks but no other control characters`;
}

/** Any text (possibly empty), without control characters. The base of every text field. */
export const text = (what = 'text') =>
  z.string({ error: `must be ${what} (text)` }).superRefine((value, ctx) => {
    const problem = controlCharacterProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });

/** A non-empty line of text (titles, names, list items). */
export const line = (what: string) =>
  text(what)
    .trim()
    .min(1, { error: `must not be empty: write ${what}` });

/**
 * A line that is also drawn on the page's Open Graph card (titles, an exercise's name), with
 * curly quotes and apostrophes like the body (src/lib/smart-punctuation.ts); hyphens stay as
 * written (see nonBreakingNumberHyphens). Every character, once curled, must be one the card's
 * fonts can draw, or a share shows empty boxes. Checked here so the error names the file and
 * field.
 */
export const cardLine = (what: string) =>
  line(what)
    .transform(smartPunctuation)
    .superRefine((value, ctx) => {
      const problem = cardTextProblem(value, CARD_COVERAGE);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    });

/**
 * A line of text a reader sees (a cue, a dose, a note), set like a Markdown body
 * (src/lib/typography.ts, `typeset`): writers type "2-3 sets" and "runner's", pages say
 * "2–3 sets" and "runner’s".
 */
export const prose = (what: string) => line(what).transform(typeset);

/** An enum whose error repeats the bad value and lists every valid one. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      `"${String(issue.input)}" is not a known ${what}; use one of: ${values.join(', ')}`,
  });
}
