/**
 * Every URL path on the site is built here, under one trailing-slash policy: page paths end
 * in "/" (Astro `trailingSlash: 'always'`, `build.format: 'directory'`), file paths (feeds,
 * images) do not. Pages, feeds, the sitemap and canonical URLs all go through these helpers,
 * so changing a route means changing one function.
 */

/** Joins path segments into a page path that starts and ends with "/". */
function pagePath(...segments: string[]): string {
  const cleaned = segments.map((segment) => {
    if (segment.length === 0 || segment.includes('/')) {
      throw new Error(`Route segment must be a non-empty slug without "/": "${segment}"`);
    }
    return encodeURIComponent(segment);
  });
  return cleaned.length === 0 ? '/' : `/${cleaned.join('/')}/`;
}

/** A file path (no trailing slash): folders, then a file name with its extension. */
function filePath(...segments: string[]): string {
  return pagePath(...segments).slice(0, -1);
}

/** The facets the exercise library can be filtered by, each with a page per value. */
export type ExerciseFacet = 'equipment' | 'level' | 'muscle';

export const routes = {
  home: (): string => pagePath(),
  about: (): string => pagePath('about'),
  articles: (): string => pagePath('articles'),
  article: (slug: string): string => pagePath('articles', slug),
  exercises: (): string => pagePath('exercises'),
  exercise: (id: string): string => pagePath('exercises', id),
  /**
   * Exercises filtered by one facet: `/exercises/equipment/dumbbell/`, `/exercises/level/beginner/`,
   * `/exercises/muscle/glutes/`.
   */
  exercisesBy: (facet: ExerciseFacet, value: string): string => pagePath('exercises', facet, value),
  /** A muscle group's exercises for runners: `/exercises/for/glutes/`. */
  muscleGroup: (id: string): string => pagePath('exercises', 'for', id),
  programs: (): string => pagePath('programs'),
  program: (id: string): string => pagePath('programs', id),
  /** The program's calendar file, starting on a fixed date (the page offers any date). */
  programCalendar: (id: string): string => filePath('programs', `${id}.ics`),
  /** The plan as JSON, fetched by the "Add to calendar" form only when a reader uses it. */
  programCalendarData: (id: string): string => filePath('programs', `${id}.json`),
  /** The plan generator's page; a plan's answers ride in its query string (src/lib/plan-answers.ts). */
  plan: (): string => pagePath('plan'),
  topics: (): string => pagePath('topics'),
  topic: (key: string): string => pagePath('topics', key),
  author: (id: string): string => pagePath('authors', id),
  /** Every correction, clarification and update across the site, newest first. */
  changes: (): string => pagePath('changes'),
  /** The same list as an Atom feed. */
  changesFeed: (): string => filePath('changes', 'atom.xml'),
  /** Site search; `query` pre-fills it (`/search/?q=squat`), which is how search links are shared. */
  search: (query?: string): string =>
    query ? `${pagePath('search')}?${new URLSearchParams({ q: query })}` : pagePath('search'),
  /** Pagefind's index and loader, written after the build; loaded only when a reader searches. */
  searchIndex: (): string => pagePath('pagefind'),
  searchLoader: (): string => filePath('pagefind', 'pagefind.js'),
  /** Open Graph card: `/og/article/<slug>.png`, one per page. */
  ogImage: (kind: string, slug: string): string => filePath('og', kind, `${slug}.png`),
  /** One position of an exercise's drawn figure as an SVG file (light or dark as the page is). */
  figureImage: (exercise: string, position: string): string =>
    filePath('figures', exercise, `${position}.svg`),
  webManifest: (): string => '/site.webmanifest',
  /** Site icons (files in public/): the SVG favicon, its 32 px PNG fallback, the iOS icon. */
  favicon: (): string => filePath('favicon.svg'),
  faviconPng: (): string => filePath('favicon-32.png'),
  appleTouchIcon: (): string => filePath('apple-touch-icon.png'),
  /** The square app icon; the 512 px one is also the logo in structured data and feeds. */
  appIcon: (size: 192 | 512): string => filePath(`icon-${size}.png`),
  feedRss: (): string => '/rss.xml',
  feedAtom: (): string => '/atom.xml',
  feedJson: (): string => '/feed.json',
  notFound: (): string => '/404.html',
  sitemap: (): string => '/sitemap-index.xml',
} as const;

/** Adds a `#fragment` to a path; an empty fragment leaves the path unchanged. */
export function withFragment(path: string, fragment: string | undefined): string {
  return fragment ? `${path}#${encodeURIComponent(fragment)}` : path;
}

/**
 * Turns a site path into an absolute URL on the given origin (canonical URLs, Open Graph,
 * feeds). Refuses anything that is not a root-relative path.
 */
export function absoluteUrl(path: string, origin: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`absoluteUrl expects a root-relative path such as "/about/"; got "${path}"`);
  }
  return new URL(path, origin).href;
}
