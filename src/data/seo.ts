import type { SiteIdentity } from '../lib/seo';
import { routes } from '../lib/routes';
import { site } from '../site.config';

/** The site's identity for head tags and JSON-LD, on the build's origin (`site` in the config). */
export function siteIdentity(origin: URL | undefined): SiteIdentity {
  if (!origin) throw new Error('astro.config.mjs must set `site` (see SITE_URL in the README).');
  return {
    origin: origin.origin,
    name: site.name,
    tagline: site.tagline,
    locale: site.locale,
    ogLocale: site.ogLocale,
    logoPath: site.logoPath,
    aboutPath: routes.about(),
  };
}
