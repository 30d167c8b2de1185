import type { APIRoute } from 'astro';
import { routes } from '../lib/routes';
import { site } from '../site.config';

/** The web app manifest, from the site config (name, colours, icons). */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: site.name,
      short_name: site.name,
      description: site.description,
      lang: site.locale,
      start_url: routes.home(),
      display: 'browser',
      background_color: site.themeColor.light,
      theme_color: site.themeColor.light,
      icons: [
        { src: routes.appIcon(192), sizes: '192x192', type: 'image/png' },
        { src: routes.appIcon(512), sizes: '512x512', type: 'image/png' },
        { src: routes.favicon(), sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
