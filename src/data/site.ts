import { site as configuredSite } from 'astro:config/server';
import { absoluteUrl, routes } from '../lib/routes';
import { breadcrumbJsonLd, type ImageRef, type PageMeta, type SiteIdentity } from '../lib/seo';
import { site } from '../site.config';
import { ui } from '../ui';

let identity: SiteIdentity | undefined;

/**
 * The site's identity for head tags, JSON-LD and feeds, on the build's origin (`site` in
 * astro.config.mjs, from SITE_URL). The one place that needs `site` to be set.
 */
export function siteIdentity(): SiteIdentity {
  if (!configuredSite)
    throw new Error('astro.config.mjs must set `site` (see SITE_URL in docs/deploy.md).');
  identity ??= {
    origin: new URL(configuredSite).origin,
    name: site.name,
    tagline: site.tagline,
    locale: site.locale,
    ogLocale: site.ogLocale,
    logoPath: site.logoPath,
    aboutPath: routes.about(),
  };
  return identity;
}

/** A site path as an absolute URL on the build's origin (canonical links, feeds, sharing). */
export function absolute(path: string): string {
  return absoluteUrl(path, siteIdentity().origin);
}

/** Breadcrumb JSON-LD from the home page through `trail` down to the current page. */
export function breadcrumbs(trail: readonly { name: string; path: string }[]) {
  return breadcrumbJsonLd([{ name: ui.home, path: routes.home() }, ...trail], siteIdentity());
}

/** What a page tells the layout about itself: its head metadata and structured data. */
export interface PageHead {
  /** Page title without the site name (the home page passes none). */
  title?: string | undefined;
  description: string;
  /** Keep the page out of search results (404, search). */
  noindex?: boolean;
  /** Open Graph type: "article" on articles, "website" elsewhere. */
  type?: PageMeta['type'];
  /** The page's Open Graph card; defaults to the site card. */
  image?: ImageRef;
  /** Dates, section and tags of an article. */
  article?: PageMeta['article'];
  /** Structured data blocks (schema.org objects). */
  jsonLd?: readonly unknown[];
}
