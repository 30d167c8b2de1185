import type { APIRoute } from 'astro';
import { getFeed } from '../data/feeds';

/** Atom 1.0 with the full text of the newest articles (site.feedArticleLimit). */
export const GET: APIRoute = async () =>
  new Response((await getFeed()).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
