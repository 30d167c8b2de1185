import { z } from 'astro/zod';
import { smartPunctuation } from '../lib/smart-punctuation';
import { line, prose } from './shared';

/** `content/authors/<id>.yaml`: who writes the site. Only real people or teams, no invented credentials. */
export const authorSchema = z
  .object({
    /** Name as shown in bylines. */
    name: line('the author name').transform(smartPunctuation),
    /** What this author does on the site, for example "Editorial team". */
    role: prose('the role'),
    /** Two or three sentences shown on the author page. */
    bio: prose('a short bio'),
    /** Whether this is a person or a team: it decides the structured-data type. */
    kind: z.enum(['person', 'organization']),
    /** Profiles or pages elsewhere, if any. */
    links: z.array(z.object({ label: line('the link label'), url: z.url() })).default([]),
  })
  .strict();
