import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { displayDate, type DisplayDate } from '../lib/dates';
import { byNewest, isVisible } from '../lib/publishing';
import { routes } from '../lib/routes';
import { nonBreakingNumberHyphens } from '../lib/typography';
import { devServer, publishing } from './publishing';
import { TOPICS, type SeriesKey } from '../lib/taxonomy';
import { readingMinutes } from '../lib/reading-time';
import { site } from '../site.config';
import { assertContentGraph } from './content-graph';
import { citationsOf } from './references';
import { backlinksFrom } from '../lib/content-graph';
import type { CitationList } from '../markdown/citations';
import type { CrossLink } from '../markdown/cross-links';

/**
 * The only module that queries the articles collection. Pages ask it for finished lists, so
 * the draft rule and the sort order live here once.
 */

export type Article = CollectionEntry<'articles'>;

async function loadPublished(): Promise<Article[]> {
  await assertContentGraph();
  const entries = await getCollection('articles', ({ data }) => isVisible(data, publishing));
  return entries.sort((a, b) => byNewest(a.data, b.data));
}

let publishedOnce: Promise<Article[]> | undefined;

/**
 * Articles this build shows, newest first. Every page asks for this list, so a build sorts it
 * once: sorting on every call made the build grow with the square of the article count.
 * `astro dev` reloads content while it runs, so there it is read every time.
 */
export async function getPublishedArticles(): Promise<Article[]> {
  if (devServer) return loadPublished();
  publishedOnce ??= loadPublished();
  // A copy, so a caller that sorts or splices cannot change the list for the other pages.
  return [...(await publishedOnce)];
}

/** The author entry of an article (the schema guarantees it exists). */
export async function authorOf(article: Article) {
  const author = await getEntry(article.data.author);
  if (!author) throw new Error(`${article.filePath}: author "${article.data.author.id}" not found`);
  return author;
}

/** What the remark plugins learned about an article while rendering it. */
export interface RenderedArticle {
  Content: Awaited<ReturnType<typeof render>>['Content'];
  headings: Awaited<ReturnType<typeof render>>['headings'];
  citations: CitationList;
  crossLinks: CrossLink[];
  /** Reading time in whole minutes, from the words src/markdown/reading-time.ts counted. */
  minutesToRead: number;
}

/** Renders an article and returns its content plus its citations, cross-links and reading time. */
export async function renderArticle(article: Article): Promise<RenderedArticle> {
  const { Content, headings, remarkPluginFrontmatter } = await render(article);
  return {
    Content,
    headings,
    citations: citationsOf(remarkPluginFrontmatter),
    crossLinks: (remarkPluginFrontmatter.crossLinks ?? []) as CrossLink[],
    minutesToRead: readingMinutes(Number(remarkPluginFrontmatter.words ?? 0), site.wordsPerMinute),
  };
}

let backlinkIndex: Promise<Map<string, Article[]>> | undefined;

/**
 * Published articles whose text links to this one ("Referenced in"), newest first. Built once
 * per build from the cross-links the remark plugin recorded while rendering each article.
 */
export async function getBacklinks(article: Article): Promise<Article[]> {
  backlinkIndex ??= getPublishedArticles().then(async (published) => {
    const byId = new Map(published.map((entry) => [entry.id, entry]));
    const sources = await Promise.all(
      published.map(async (source) => ({
        id: source.id,
        links: (await renderArticle(source)).crossLinks,
      })),
    );
    return new Map(
      [...backlinksFrom(sources)].map(([target, ids]) => [
        target,
        ids.map((id) => byId.get(id)).filter((entry): entry is Article => entry !== undefined),
      ]),
    );
  });
  return (await backlinkIndex).get(article.id) ?? [];
}

/** The published parts of a series, in reading order. */
export async function getSeriesArticles(series: SeriesKey): Promise<Article[]> {
  return (await getPublishedArticles())
    .filter((article) => article.data.series === series)
    .sort((a, b) => (a.data.seriesOrder ?? 0) - (b.data.seriesOrder ?? 0));
}

/** An article as lists show it: a card with its first topic, title, summary and date. */
export interface ArticleSummary {
  href: string;
  title: string;
  description: string;
  /** The label of its first topic. */
  kicker: string | undefined;
  /** Left out where a newest-first list already showed the same day (datedOncePerDay). */
  published?: DisplayDate | undefined;
}

/** The card of an article in lists (home, topics, related, author pages). */
export function articleSummary(article: Article): ArticleSummary {
  const firstTopic = article.data.topics[0];
  return {
    href: routes.article(article.id),
    title: nonBreakingNumberHyphens(article.data.title),
    description: article.data.description,
    kicker: firstTopic && TOPICS[firstTopic].label,
    published: displayDate(article.data.pubDate),
  };
}
