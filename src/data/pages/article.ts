import { displayDate, distinctPageDates } from '../../lib/dates';
import { routes } from '../../lib/routes';
import { nonBreakingNumberHyphens } from '../../lib/typography';
import { blogPostingJsonLd } from '../../lib/seo';
import { pickById } from '../../lib/content-graph';
import { seriesPlace } from '../../lib/series';
import { tableOfContents } from '../../lib/toc';
import { EVIDENCE_LEVELS, SERIES, TOPICS } from '../../lib/taxonomy';
import { ui } from '../../ui';
import {
  articleSummary,
  authorOf,
  getBacklinks,
  getPublishedArticles,
  getSeriesArticles,
  renderArticle,
  type Article,
} from '../articles';
import { muscleGroupsReadingArticle } from '../muscle-groups';
import { ogImage } from '../og';
import { referenceListItems } from '../references';
import { absolute, breadcrumbs, siteIdentity, type PageHead } from '../site';

/** One page per published article. */
export async function articlePaths() {
  const articles = await getPublishedArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/** Everything an article page renders, from its entry and the rest of the content. */
export async function articlePage(article: Article) {
  const { title, description, pubDate, updatedDate, reviewedDate, topics } = article.data;
  const path = routes.article(article.id);
  const { Content, citations, headings, minutesToRead } = await renderArticle(article);
  const author = await authorOf(article);
  const references = await referenceListItems(citations, article.filePath);
  const published = await getPublishedArticles();
  const topicLabels = topics.map((topic) => TOPICS[topic].label);
  const card = { kind: 'article' as const, slug: article.id, title };

  const head: PageHead = {
    title,
    description,
    type: 'article',
    image: ogImage(card),
    article: {
      published: pubDate,
      modified: updatedDate,
      section: topicLabels[0] ?? '',
      tags: topicLabels,
    },
    jsonLd: [
      blogPostingJsonLd(
        {
          title,
          description,
          path,
          published: pubDate,
          modified: updatedDate,
          reviewed: reviewedDate,
          keywords: topicLabels,
          images: (['16x9', '4x3', '1x1'] as const).map((variant) => ogImage(card, variant)),
          author: {
            kind: author.data.kind,
            name: author.data.name,
            path: routes.author(author.id),
          },
          citations: references.map(({ reference }) => reference),
        },
        siteIdentity(),
      ),
      breadcrumbs([
        { name: ui.allArticles, path: routes.articles() },
        { name: title, path },
      ]),
    ],
  };

  const { series, seriesOrder } = article.data;
  const place =
    series &&
    seriesPlace(
      (await getSeriesArticles(series)).map((entry) => ({
        ...entry,
        series: entry.data.series,
        seriesOrder: entry.data.seriesOrder,
      })),
      { ...article, series, seriesOrder },
    );
  const seriesLink = (part: Article | undefined) =>
    part && { href: routes.article(part.id), title: part.data.title };

  return {
    head,
    title,
    /** The H1: the title with number hyphens that do not break (src/lib/typography.ts). */
    heading: nonBreakingNumberHyphens(title),
    description,
    topics: topics.map((topic) => ({ href: routes.topic(topic), label: TOPICS[topic].label })),
    author: { name: author.data.name, href: routes.author(author.id) },
    minutesToRead,
    dates: distinctPageDates({
      published: pubDate,
      updated: updatedDate,
      reviewed: reviewedDate,
    }).map(({ kind, date }) => ({ label: ui[kind], date: displayDate(date) })),
    hero: article.data.hero,
    takeaways: article.data.takeaways.map(({ text, evidence }) => ({
      text,
      evidence: EVIDENCE_LEVELS[evidence].label,
    })),
    contents: tableOfContents(headings),
    Content,
    shareUrl: absolute(path),
    references,
    changes: {
      changes: article.data.changes,
      noun: 'article' as const,
      title,
      url: absolute(path),
    },
    muscleGroups: await muscleGroupsReadingArticle(article.id),
    series: series &&
      place && {
        label: SERIES[series].label,
        position: place.position,
        total: place.total,
        previous: seriesLink(place.previous),
        next: seriesLink(place.next),
      },
    related: pickById(published, article.data.related).map(articleSummary),
    referencedIn: (await getBacklinks(article)).map((source) => ({
      href: routes.article(source.id),
      label: source.data.title,
      strong: true,
    })),
  };
}
