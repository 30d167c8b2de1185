import type {
  BlogPosting,
  BreadcrumbList,
  ExercisePlan,
  HowTo,
  Organization,
  ProfilePage,
  ScholarlyArticle,
  WebSite,
  WithContext,
} from 'schema-dts';
import { absoluteUrl } from './routes';

/**
 * Everything search engines and link previews read about a page: head tags and JSON-LD, built
 * from plain data with absolute URLs. Pages describe themselves; this module writes the tags.
 */

export interface SiteIdentity {
  origin: string;
  name: string;
  tagline: string;
  locale: string;
  ogLocale: string;
  /** Path of the logo image used by the publisher Organization. */
  logoPath: string;
  /** Path of the about page (the Organization's url). */
  aboutPath: string;
}

export interface ImageRef {
  /** Root-relative path of the image. */
  path: string;
  width: number;
  height: number;
  type: 'image/png';
  alt: string;
}

export interface PageMeta {
  /** Page title without the site name; undefined on the home page. */
  title?: string | undefined;
  description: string;
  /** Root-relative path of the page itself (the canonical URL). */
  path: string;
  type: 'website' | 'article';
  noindex?: boolean | undefined;
  image: ImageRef;
  article?:
    | {
        published: Date;
        modified: Date;
        section: string;
        tags: readonly string[];
      }
    | undefined;
}

export interface HeadTag {
  name?: string;
  property?: string;
  content: string;
}

/** "Page | Site", or "Site: tagline" on the home page. */
export function documentTitle(meta: Pick<PageMeta, 'title'>, site: SiteIdentity): string {
  return meta.title ? `${meta.title} | ${site.name}` : `${site.name}: ${site.tagline}`;
}

/** The meta tags of a page (the canonical link is separate). */
export function metaTags(meta: PageMeta, site: SiteIdentity): HeadTag[] {
  const url = absoluteUrl(meta.path, site.origin);
  const image = absoluteUrl(meta.image.path, site.origin);
  const title = meta.title ?? site.name;
  const tags: HeadTag[] = [
    { name: 'description', content: meta.description },
    { name: 'robots', content: meta.noindex ? 'noindex' : 'max-image-preview:large' },
    { property: 'og:type', content: meta.type },
    { property: 'og:title', content: title },
    { property: 'og:description', content: meta.description },
    { property: 'og:url', content: url },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: site.ogLocale },
    { property: 'og:image', content: image },
    { property: 'og:image:width', content: String(meta.image.width) },
    { property: 'og:image:height', content: String(meta.image.height) },
    { property: 'og:image:type', content: meta.image.type },
    { property: 'og:image:alt', content: meta.image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: title },
    { name: 'twitter:description', content: meta.description },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: meta.image.alt },
  ];
  if (meta.article) {
    tags.push(
      { property: 'article:published_time', content: meta.article.published.toISOString() },
      { property: 'article:modified_time', content: meta.article.modified.toISOString() },
      { property: 'article:section', content: meta.article.section },
      ...meta.article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
    );
  }
  return tags;
}

/**
 * JSON for a `<script type="application/ld+json">` block. Escapes `<`, `>`, `&` and the two
 * JavaScript line separators so no content can close the script element or break parsing.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The publisher: the site as an Organization with its logo. */
export function organization(site: SiteIdentity) {
  return {
    '@type': 'Organization',
    name: site.name,
    url: absoluteUrl(site.aboutPath, site.origin),
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(site.logoPath, site.origin),
      width: '512',
      height: '512',
    },
  } as const satisfies Organization;
}

export function websiteJsonLd(site: SiteIdentity, description: string): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description,
    url: absoluteUrl('/', site.origin),
    inLanguage: site.locale,
    publisher: organization(site),
  };
}

export function organizationJsonLd(site: SiteIdentity): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...organization(site) };
}

/** Breadcrumbs from the home page down to the current page. */
export function breadcrumbJsonLd(
  trail: readonly { name: string; path: string }[],
  site: SiteIdentity,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path, site.origin),
    })),
  };
}

/** Longest headline Google shows for articles. */
export const HEADLINE_MAX = 110;

/** Shortens a headline to at most 110 characters at a word boundary, with an ellipsis. */
export function headline(title: string): string {
  if (title.length <= HEADLINE_MAX) return title;
  const cut = title.slice(0, HEADLINE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trimEnd()}…`;
}

export interface ArticleFacts {
  title: string;
  description: string;
  path: string;
  published: Date;
  modified: Date;
  reviewed: Date;
  keywords: readonly string[];
  /** The page's Open Graph card, also the article's image in structured data. */
  image: ImageRef;
  author: { kind: 'person' | 'organization'; name: string; path: string };
  citations: readonly { title: string; url: string }[];
}

export function blogPostingJsonLd(
  article: ArticleFacts,
  site: SiteIdentity,
): WithContext<BlogPosting> {
  const url = absoluteUrl(article.path, site.origin);
  // Title and DOI link identify a cited work; authors, year and journal are on the page and
  // behind the DOI, and no consumer of this data needs them repeated here.
  const citation: ScholarlyArticle[] = article.citations.map((reference) => ({
    '@type': 'ScholarlyArticle',
    name: reference.title,
    url: reference.url,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: headline(article.title),
    description: article.description,
    // One image, the card: Google lists 16:9, 4:3 and 1:1 versions as "for best results", not
    // a requirement, and three more cards per article tripled the build's card time.
    image: [absoluteUrl(article.image.path, site.origin)],
    datePublished: article.published.toISOString(),
    dateModified: article.modified.toISOString(),
    lastReviewed: article.reviewed.toISOString(),
    author: {
      '@type': article.author.kind === 'person' ? 'Person' : 'Organization',
      name: article.author.name,
      url: absoluteUrl(article.author.path, site.origin),
    },
    publisher: organization(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: site.locale,
    keywords: article.keywords.join(', '),
    citation,
  } as WithContext<BlogPosting>;
}

export function profilePageJsonLd(
  author: { kind: 'person' | 'organization'; name: string; description: string; path: string },
  site: SiteIdentity,
): WithContext<ProfilePage> {
  const url = absoluteUrl(author.path, site.origin);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    mainEntity: {
      '@type': author.kind === 'person' ? 'Person' : 'Organization',
      name: author.name,
      description: author.description,
      url,
    },
  };
}

export function howToJsonLd(
  exercise: {
    name: string;
    description: string;
    path: string;
    steps: readonly string[];
    image: ImageRef;
    equipment: readonly string[];
  },
  site: SiteIdentity,
): WithContext<HowTo> {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: exercise.name,
    description: exercise.description,
    url: absoluteUrl(exercise.path, site.origin),
    image: absoluteUrl(exercise.image.path, site.origin),
    tool: exercise.equipment.map((name) => ({ '@type': 'HowToTool', name })),
    step: exercise.steps.map((text, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      text,
    })),
  };
}

export function exercisePlanJsonLd(
  program: {
    title: string;
    description: string;
    path: string;
    weeks: number;
    sessionsPerWeek: string;
    /** First publication and last update (never before the newest entry in `changes`). */
    published: Date;
    modified: Date;
    image: ImageRef;
    exercises: readonly string[];
  },
  site: SiteIdentity,
): WithContext<ExercisePlan> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ExercisePlan',
    name: program.title,
    description: program.description,
    url: absoluteUrl(program.path, site.origin),
    image: absoluteUrl(program.image.path, site.origin),
    datePublished: program.published.toISOString(),
    dateModified: program.modified.toISOString(),
    exerciseType: 'Strength training',
    activityDuration: `P${program.weeks}W`,
    activityFrequency: `${program.sessionsPerWeek} sessions per week`,
    workload: program.exercises.join(', '),
  };
}
