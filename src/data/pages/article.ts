import { displayDate, distinctPageDates } from '../../lib/dates';
import { routes } from '../../lib/routes';
import { nonBreakingNumberHyphens } from '../../lib/typography';
import { blogPostingJsonLd } from '../../lib/seo';
import { pickById } from '../../lib/content-graph';
import { rankByRelatedness } from '../../lib/relatedness';
import { seriesPlace } from '../../lib/series';
import { tableOfContents } from '../../lib/toc';
import { SERIES, TOPICS } from '../../lib/taxonomy';
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
import { getPublishedExercises } from '../exercises';
import { muscleGroupsReadingArticle } from '../muscle-groups';
import { getPublishedPrograms } from '../programs';
import { ogImage } from '../og';
import { referenceListItems } from '../references';
import { absolute, breadcrumbs, siteIdentity, type PageHead } from '../site';

/** One page per published article. */
export async function articlePaths() {
  const articles = await getPublishedArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/** How many articles "Referenced in" lists before its link to the rest. */
const REFERENCED_IN_SHOWN = 5;
/** How many of its exercises an article without a program offers as the next thing to do. */
const NEXT_EXERCISES_SHOWN = 3;

/**
 * What to do after reading: the programs the article points to, or, for an article without one,
 * its first few exercises.
 */
async function nextSteps(
  article: Article,
): Promise<{ href: string; label: string; strong?: boolean }[]> {
  const programs = pickById(await getPublishedPrograms(), article.data.programs);
  if (programs.length > 0)
    return programs.map((program) => ({
      href: routes.program(program.id),
      label: program.data.title,
      strong: true,
    }));
  return pickById(await getPublishedExercises(), article.data.exercises)
    .slice(0, NEXT_EXERCISES_SHOWN)
    .map((exercise) => ({ href: routes.exercise(exercise.id), label: exercise.data.name }));
}

/** The articles that link to this one, most related first, and how many more there are. */
async function referencedIn(article: Article) {
  const facts = (entry: Article) => ({
    id: entry.id,
    topics: entry.data.topics,
    series: entry.data.series,
    pubDate: entry.data.pubDate,
  });
  const sources = await getBacklinks(article);
  const bySource = new Map(sources.map((source) => [source.id, source]));
  const ranked = rankByRelatedness(facts(article), sources.map(facts));
  return {
    links: ranked.slice(0, REFERENCED_IN_SHOWN).map(({ id }) => ({
      href: routes.article(id),
      label: (bySource.get(id) as Article).data.title,
      strong: true,
    })),
    more: Math.max(0, ranked.length - REFERENCED_IN_SHOWN),
    allHref: routes.articles(),
  };
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
          image: ogImage(card),
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
    takeaways: article.data.takeaways,
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
    nextSteps: await nextSteps(article),
    referencedIn: await referencedIn(article),
  };
}
