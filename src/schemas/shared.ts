import { z } from 'astro/zod';
import type { reference } from 'astro:content';
import { enDashRanges } from '../lib/typography';

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

/** A non-empty line of text (titles, names, list items). */
export const line = (what: string) =>
  z
    .string({ error: `must be ${what} (text)` })
    .trim()
    .min(1, { error: `must not be empty: write ${what}` });

/**
 * A line of text a reader sees (a cue, a dose, a note), set like a Markdown body: number ranges
 * get their en dash (src/lib/typography.ts), so writers type "2-3 sets" and pages say "2–3 sets".
 */
export const prose = (what: string) => line(what).transform(enDashRanges);

/** An enum whose error repeats the bad value and lists every valid one. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      `"${String(issue.input)}" is not a known ${what}; use one of: ${values.join(', ')}`,
  });
}
