import { z } from 'astro/zod';
import { withoutCheckingNotes } from '../lib/citations';
import { enDashRanges } from '../lib/typography';
import { line, SLUG_PATTERN } from './shared';

/**
 * One vetted source in `content/references.json` (copied from the evidence folder). It is the
 * only place citations come from: `[@id]` in an article must match an `id` here.
 */
export const referenceSchema = z.object({
  /** Citation key, for example "storen-2008". */
  id: z.string().regex(SLUG_PATTERN),
  /**
   * Authors as printed in the reference list ("Støren Ø, Helgerud J, ..."). Here and in `pages`
   * and `population`, bracketed notes about what was not checked are for writers and are dropped.
   */
  authors: line('the authors').transform(withoutCheckingNotes),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Title in its original spelling. */
  title: line('the title'),
  /** Journal or publisher. */
  journal: line('the journal'),
  volume: z.string().optional(),
  issue: z.string().nullish(),
  /** Page range; its hyphen is set as an en dash like every range a reader sees ("687–708"). */
  pages: z
    .string()
    .transform((pages) => enDashRanges(withoutCheckingNotes(pages)))
    .nullish(),
  /** DOI without the resolver prefix; three entries have none and link by URL. */
  doi: z.string().nullish(),
  /** Where a reader can read the source (the DOI resolver URL when there is a DOI). */
  url: z.url(),
  /** Study design, for example "RCT" or "Systematic review and meta-analysis". */
  type: line('the study type'),
  /** Who was studied, in plain words. */
  population: line('the population').transform(withoutCheckingNotes),
  /** Findings that may be quoted (anything flagged "NOT verified" may not). */
  key_findings: z.array(z.string()),
  /** Claim areas the source supports. */
  supports: z.array(z.string()).default([]),
  /** How each detail was checked. */
  verified: z.array(z.string()).default([]),
});

export type Reference = z.infer<typeof referenceSchema>;
