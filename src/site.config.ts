import { PALETTES } from './lib/colors.ts';
import { routes } from './lib/routes.ts';

/**
 * The one place for facts about the site. Pages, layouts, feeds and the build config read
 * these values; nothing else hard-codes the site's name, URL or navigation.
 */

/** Production origin used when `SITE_URL` is not set (canonical URLs, sitemap, feeds). */
export const DEFAULT_SITE_URL = 'https://strongmiles.org';

/**
 * Normalizes the production origin: an absolute http(s) URL with no trailing slash.
 * Throws with a readable message so a typo in `SITE_URL` stops the build early.
 */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as ${DEFAULT_SITE_URL}; got "${raw}".`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://; got "${raw}".`);
  }
  return parsed.origin;
}

/** A link in the main navigation. `href` is always built by the routes helper. */
export interface NavItem {
  label: string;
  href: string;
}

export const site = {
  name: 'Strong Miles',
  tagline: 'Strength training for runners, backed by evidence',
  description:
    'Evidence-based guides on why and how runners should lift: injury risk, running economy, speed, and plans you can print.',
  locale: 'en',
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: 'en_US',
  /** How many articles the home page lists under "Latest". */
  homeLatestCount: 3,
  /** The pillar article the home page features first. */
  guideSlug: 'strength-training-for-runners',
  /** The exercise whose moving figure fills the home page's hero on wide screens. */
  homeFigure: 'goblet-squat',
  /** Browser UI colour for each theme (theme-color meta and the web app manifest). */
  themeColor: { light: PALETTES.light.paper, dark: PALETTES.dark.paper },
  /** Square logo used by structured data, feeds and the web app manifest. */
  logoPath: routes.appIcon(512),
  /**
   * How many of the newest articles the RSS, Atom and JSON feeds carry in full. Feed readers
   * poll the whole file, so it stays the size of a few articles however large the archive grows.
   */
  feedArticleLimit: 20,
  /** Reading speed used for "N min read" (words per minute). */
  wordsPerMinute: 230,
  /** Where readers report errors ("Report an error" on every article and plan). */
  correctionsEmail: 'corrections@strongmiles.org',
} as const;

/** Main navigation, in order. */
export const nav: readonly NavItem[] = [
  { label: 'Articles', href: routes.articles() },
  { label: 'Topics', href: routes.topics() },
  { label: 'Exercises', href: routes.exercises() },
  { label: 'Programs', href: routes.programs() },
  { label: 'About', href: routes.about() },
];
