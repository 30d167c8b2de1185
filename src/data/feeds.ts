import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { Feed } from 'feed';
import ReferenceList from '../components/ReferenceList.astro';
import { articleComponents } from '../components/article-components';
import { feedHtml } from '../lib/feed-html';
import { routes } from '../lib/routes';
import { TOPICS } from '../lib/taxonomy';
import { site } from '../site.config';
import { authorOf, getPublishedArticles, renderArticle } from './articles';
import { referenceListItems } from './references';
import { absolute } from './site';

/**
 * RSS 2.0, Atom 1.0 and JSON Feed from one `Feed` (the `feed` package) with the newest
 * `site.feedArticleLimit` articles, each item carrying the article's full HTML rendered with
 * Astro's Container API, with the same reference list component as the page (without the links
 * back into the page), categories from topics, author and dates. Built once per build; dates
 * come from the content, not the clock.
 */

let built: Promise<Feed> | undefined;

async function build(): Promise<Feed> {
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
    id: absolute(routes.home()),
    link: absolute(routes.home()),
    language: site.locale,
    favicon: absolute(routes.faviconPng()),
    image: absolute(site.logoPath),
    copyright: `${site.name}`,
    updated: newest ?? new Date(0),
    feedLinks: {
      rss: absolute(routes.feedRss()),
      atom: absolute(routes.feedAtom()),
      json: absolute(routes.feedJson()),
    },
    author: { name: site.name, link: absolute(routes.about()) },
  });

  for (const article of articles) {
    const url = absolute(routes.article(article.id));
    const { Content, citations } = await renderArticle(article);
    const body = await container.renderToString(Content, {
      props: { components: articleComponents },
    });
    const referenceHtml = await container.renderToString(ReferenceList, {
      props: {
        items: await referenceListItems(citations, article.filePath),
        backlinks: false,
      },
    });
    const author = await authorOf(article);
    feed.addItem({
      title: article.data.title,
      id: url,
      link: url,
      description: article.data.description,
      content: feedHtml(`${body}${referenceHtml}`, url),
      author: [{ name: author.data.name, link: absolute(routes.author(author.id)) }],
      date: article.data.updatedDate,
      published: article.data.pubDate,
      category: article.data.topics.map((topic) => ({ name: TOPICS[topic].label, term: topic })),
      image: absolute(routes.ogImage('article', article.id)),
    });
  }
  return feed;
}

/** The site's feed, built on first use. */
export function getFeed(): Promise<Feed> {
  built ??= build();
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
