import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/routes';

/** Everything may be crawled; the sitemap is named with its absolute URL. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`.');
  return new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), site.origin)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
