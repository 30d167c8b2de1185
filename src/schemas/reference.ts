import { z } from 'astro/zod';
import { withoutCheckingNotes } from '../lib/citations';
import { smartPunctuation } from '../lib/smart-punctuation';
import { enDashRanges } from '../lib/typography';
import { line, SLUG_PATTERN, text } from './shared';

/** A DOI as the build stores it: "10.", a registrant code, "/", and the item's own suffix. */
const BARE_DOI = /^10\.\d{4,9}\/\S+$/;

/** `doi:`, `https://doi.org/` and `http://dx.doi.org/` prefixes a DOI is often copied with. */
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i;

/** The resolver URL of a bare DOI: the only URL a reference with a DOI may have. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** Why a DOI is not written as a bare DOI (with the valid form when it can tell), or undefined. */
export function doiProblem(doi: string): string | undefined {
  if (BARE_DOI.test(doi)) return undefined;
  const bare = doi.replace(DOI_PREFIX, '');
  if (bare !== doi && BARE_DOI.test(bare))
    return `is written with a prefix; write the DOI alone (the URL field holds the link). Valid: ${bare}`;
  return 'is not a DOI. Valid: a DOI without prefix, such as 10.1249/MSS.0b013e31816a4bd1';
}

/**
 * One vetted source in `content/references.json` (copied from the evidence folder). It is the
 * only place citations come from: `[@id]` in an article must match an `id` here.
 */
export const referenceSchema = z
  .object({
    /** Citation key, for example "storen-2008". */
    id: z.string().regex(SLUG_PATTERN),
    /**
     * Authors as printed in the reference list ("Støren Ø, Helgerud J, ..."). Here and in `pages`
     * and `population`, bracketed notes about what was not checked are for writers and are dropped.
     * Here, in `title` and in `journal`, apostrophes and quotes are curled like the rest of the
     * page ("O’Donnell", "cyclists’ performance"); the file keeps them straight.
     */
    authors: line('the authors').transform((authors) =>
      smartPunctuation(withoutCheckingNotes(authors)),
    ),
    /** Year of publication. */
    year: z.number().int().min(1900).max(2100),
    /** Title in its original spelling. */
    title: line('the title').transform(smartPunctuation),
    /** Journal or publisher. */
    journal: line('the journal').transform(smartPunctuation),
    volume: text().optional(),
    issue: text().nullish(),
    /** Page range; its hyphen is set as an en dash like every range a reader sees ("687–708"). */
    pages: text()
      .transform((pages) => enDashRanges(withoutCheckingNotes(pages)))
      .nullish(),
    /** DOI without the resolver prefix; three entries have none and link by URL. */
    doi: text()
      .superRefine((doi, ctx) => {
        const problem = doiProblem(doi);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: doi });
      })
      .nullish(),
    /**
     * Where a reader can read the source: `https://doi.org/<doi>` when there is a DOI, so the link
     * and the DOI cannot point at different papers. Only https: (no javascript:, no plain http).
     */
    url: z
      .url({ error: 'must be a full URL such as https://doi.org/10.1249/MSS.0b013e31816a4bd1' })
      .refine((url) => url.startsWith('https://'), {
        error: 'must be an https: address (no http:, javascript: or other schemes)',
      }),
    /** Study design, for example "RCT" or "Systematic review and meta-analysis". */
    type: line('the study type'),
    /** Who was studied, in plain words. */
    population: line('the population').transform(withoutCheckingNotes),
    /** Findings that may be quoted (anything flagged "NOT verified" may not). */
    key_findings: z.array(text()),
    /** Claim areas the source supports. */
    supports: z.array(text()).default([]),
    /** How each detail was checked. */
    verified: z.array(text()).default([]),
  })
  .superRefine((reference, ctx) => {
    if (!reference.doi || doiProblem(reference.doi)) return;
    const expected = doiUrl(reference.doi);
    if (reference.url !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        input: reference.url,
        message: `does not match the DOI ${reference.doi}: a reference with a DOI links to its resolver. Valid: ${expected}`,
      });
    }
  });

export type Reference = z.infer<typeof referenceSchema>;
