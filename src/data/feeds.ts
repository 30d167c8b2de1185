import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { Feed } from 'feed';
import ArticleFigure from '../components/ArticleFigure.astro';
import SeeAProfessional from '../components/SeeAProfessional.astro';
import { feedHtml } from '../lib/feed-html';
import { absoluteUrl, routes } from '../lib/routes';
import { TOPICS } from '../lib/taxonomy';
import { site } from '../site.config';
import { authorOf, getPublishedArticles, renderArticle } from './articles';
import { referenceListItems } from './references';

/**
 * RSS 2.0, Atom 1.0 and JSON Feed from one `Feed` (the `feed` package) with the newest
 * `site.feedArticleLimit` articles, each item carrying the article's full HTML rendered with
 * Astro's Container API, its reference list, categories from topics, author and dates. Built
 * once per build; dates come from the content, not the clock.
 */

let built: Promise<Feed> | undefined;

/** Escapes text for the small reference list we append as HTML. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function build(origin: string): Promise<Feed> {
  // getPublishedArticles is newest first.
  const articles = (await getPublishedArticles()).slice(0, site.feedArticleLimit);
  const container = await AstroContainer.create({
    renderers: await loadRenderers([getContainerRenderer()]),
  });
  const newest = articles
    .map((article) => article.data.updatedDate)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const feed = new Feed({
    title: site.name,
    description: site.description,
    id: absoluteUrl(routes.home(), origin),
    link: absoluteUrl(routes.home(), origin),
    language: site.locale,
    favicon: absoluteUrl('/favicon-32.png', origin),
    image: absoluteUrl(site.logoPath, origin),
    copyright: `${site.name}`,
    updated: newest ?? new Date(0),
    feedLinks: {
      rss: absoluteUrl(routes.feedRss(), origin),
      atom: absoluteUrl(routes.feedAtom(), origin),
      json: absoluteUrl(routes.feedJson(), origin),
    },
    author: { name: site.name, link: absoluteUrl(routes.about(), origin) },
  });

  for (const article of articles) {
    const url = absoluteUrl(routes.article(article.id), origin);
    const { Content, citations } = await renderArticle(article);
    const references = await referenceListItems(citations, article.filePath);
    const body = await container.renderToString(Content, {
      props: { components: { SeeAProfessional, ExerciseFigure: ArticleFigure } },
    });
    const referenceHtml = references.length
      ? `<h2>References</h2><ol>${references
          .map(
            ({ reference }) =>
              `<li id="ref-${escapeHtml(reference.id)}">${escapeHtml(reference.authors)} (${reference.year}). ${escapeHtml(reference.title)}. <i>${escapeHtml(reference.journal)}</i>. <a href="${escapeHtml(reference.url)}">${escapeHtml(reference.doi ? `doi:${reference.doi}` : reference.url)}</a></li>`,
          )
          .join('')}</ol>`
      : '';
    const author = await authorOf(article);
    feed.addItem({
      title: article.data.title,
      id: url,
      link: url,
      description: article.data.description,
      content: feedHtml(`${body}${referenceHtml}`, url),
      author: [{ name: author.data.name, link: absoluteUrl(routes.author(author.id), origin) }],
      date: article.data.updatedDate,
      published: article.data.pubDate,
      category: article.data.topics.map((topic) => ({ name: TOPICS[topic].label, term: topic })),
      image: absoluteUrl(routes.ogImage('article', article.id), origin),
    });
  }
  return feed;
}

/** The site's feed, built on first use. */
export function getFeed(origin: URL | undefined): Promise<Feed> {
  if (!origin) throw new Error('astro.config.mjs must set `site`.');
  built ??= build(origin.origin);
  return built;
}

/**
 * JSON Feed 1.1 from the library's JSON Feed output (which still writes version 1): adds the
 * 1.1 `authors` arrays and `language`, keeping everything else as the library wrote it.
 */
export function toJsonFeed11(json: string): string {
  type Author = Record<string, unknown>;
  const data = JSON.parse(json) as Record<string, unknown> & {
    author?: Author;
    items?: (Record<string, unknown> & { author?: Author })[];
  };
  const withAuthors = (entry: { author?: Author }) =>
    entry.author ? { authors: [entry.author] } : {};
  return JSON.stringify(
    {
      ...data,
      version: 'https://jsonfeed.org/version/1.1',
      language: site.locale,
      ...withAuthors(data),
      items: (data.items ?? []).map((item) => ({ ...item, ...withAuthors(item) })),
    },
    null,
    2,
  );
}
