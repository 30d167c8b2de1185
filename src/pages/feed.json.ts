import type { APIRoute } from 'astro';
import { getFeed, toJsonFeed11 } from '../data/feeds';

/** JSON Feed 1.1 with the full text of the newest articles (site.feedArticleLimit). */
export const GET: APIRoute = async () =>
  new Response(toJsonFeed11((await getFeed()).json1()), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
