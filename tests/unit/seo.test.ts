import { describe, expect, it } from 'vitest';
import {
  blogPostingJsonLd,
  breadcrumbJsonLd,
  documentTitle,
  headline,
  metaTags,
  serializeJsonLd,
  type SiteIdentity,
} from '../../src/lib/seo';

const site: SiteIdentity = {
  origin: 'https://strongmiles.org',
  name: 'Strong Miles',
  tagline: 'Strength training for runners',
  locale: 'en',
  ogLocale: 'en_US',
  logoPath: '/icon-512.png',
  aboutPath: '/about/',
};
const image = {
  path: '/og/article/x.png',
  width: 1200,
  height: 630,
  type: 'image/png' as const,
  alt: 'X (Strong Miles)',
};

describe('serializeJsonLd', () => {
  it('cannot be broken out of by content', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & \u2028' });
  });
});

describe('headline', () => {
  it.each([
    ['Short', 'Short'],
    ['x'.repeat(110), 'x'.repeat(110)],
  ])('keeps %j', (title, expected) => {
    expect(headline(title)).toBe(expected);
  });

  it('cuts long titles at a word boundary to 110 characters at most', () => {
    const long = `${'word '.repeat(30)}end`;
    const cut = headline(long);
    expect(cut.length).toBeLessThanOrEqual(110);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('documentTitle', () => {
  it.each([
    [{ title: 'About' }, 'About | Strong Miles'],
    [{}, 'Strong Miles: Strength training for runners'],
  ])('%j -> %s', (meta, expected) => {
    expect(documentTitle(meta, site)).toBe(expected);
  });
});

describe('metaTags', () => {
  const tags = (meta: Parameters<typeof metaTags>[0]) =>
    Object.fromEntries(metaTags(meta, site).map((tag) => [tag.name ?? tag.property, tag.content]));

  it('writes absolute Open Graph URLs and article times', () => {
    const result = tags({
      title: 'X',
      description: 'D',
      path: '/articles/x/',
      type: 'article',
      image,
      article: {
        published: new Date('2026-11-21'),
        modified: new Date('2026-11-22'),
        section: 'Endurance',
        tags: ['Endurance'],
      },
    });
    expect(result).toMatchObject({
      'og:url': 'https://strongmiles.org/articles/x/',
      'og:image': 'https://strongmiles.org/og/article/x.png',
      'og:image:width': '1200',
      'og:type': 'article',
      'article:published_time': '2026-11-21T00:00:00.000Z',
      'article:section': 'Endurance',
      robots: 'max-image-preview:large',
      'twitter:card': 'summary_large_image',
    });
  });

  it('marks noindex pages', () => {
    expect(
      tags({ description: 'D', path: '/404.html', type: 'website', image, noindex: true }).robots,
    ).toBe('noindex');
  });
});

describe('structured data', () => {
  it('describes an article with author, publisher, dates, images and citations', () => {
    const data = blogPostingJsonLd(
      {
        title: 'T',
        description: 'D',
        path: '/articles/t/',
        published: new Date('2026-11-21'),
        modified: new Date('2026-11-22'),
        reviewed: new Date('2026-11-23'),
        keywords: ['Endurance', 'Recovery'],
        image,
        author: { kind: 'organization', name: 'Team', path: '/authors/team/' },
        citations: [{ title: 'Study', url: 'https://doi.org/10.1/x' }],
      },
      site,
    ) as unknown as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'T',
      dateModified: '2026-11-22T00:00:00.000Z',
      lastReviewed: '2026-11-23T00:00:00.000Z',
      keywords: 'Endurance, Recovery',
      image: ['https://strongmiles.org/og/article/x.png'],
      author: {
        '@type': 'Organization',
        name: 'Team',
        url: 'https://strongmiles.org/authors/team/',
      },
      publisher: { '@type': 'Organization', logo: { url: 'https://strongmiles.org/icon-512.png' } },
      mainEntityOfPage: { '@id': 'https://strongmiles.org/articles/t/' },
      citation: [{ '@type': 'ScholarlyArticle', url: 'https://doi.org/10.1/x' }],
    });
    // A citation is its title and DOI link, nothing the visible reference list repeats.
    expect(data.citation).toEqual([
      { '@type': 'ScholarlyArticle', name: 'Study', url: 'https://doi.org/10.1/x' },
    ]);
  });

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    const data = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'X', path: '/x/' },
      ],
      site,
    ) as unknown as { itemListElement: Record<string, unknown>[] };
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://strongmiles.org/' },
      { '@type': 'ListItem', position: 2, name: 'X', item: 'https://strongmiles.org/x/' },
    ]);
  });
});
