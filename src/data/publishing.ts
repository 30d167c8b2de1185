import type { PublishingContext } from '../lib/publishing';

/**
 * The build's publishing context, read once: the build's "now" decides what is scheduled for
 * later, and `astro dev` shows drafts. Every collection query uses this one object.
 */
export const publishing: PublishingContext = {
  now: new Date(),
  includeUnpublished: import.meta.env.DEV,
};
