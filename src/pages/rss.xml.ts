import type { APIRoute } from 'astro';
import { getFeed } from '../data/feeds';

/** RSS 2.0 with the full text of the newest articles (site.feedArticleLimit). */
export const GET: APIRoute = async () =>
  new Response((await getFeed()).rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
