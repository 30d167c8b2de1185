import type { APIRoute } from 'astro';
import { absolute } from '../data/site';
import { routes } from '../lib/routes';

/** Everything may be crawled; the sitemap is named with its absolute URL. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(routes.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
