import { routes } from '../../lib/routes';
import { LEVELS, TOPIC_KEYS, TOPICS, type TopicKey } from '../../lib/taxonomy';
import { ui } from '../../ui';
import { articleSummary, getPublishedArticles, type Article } from '../articles';
import { ogImage } from '../og';
import { getPublishedPrograms } from '../programs';
import { breadcrumbs } from '../site';

/** The list pages: all articles, topics, one topic, programs, and the 404 page's suggestions. */

/** Every published article, newest first, as cards. */
export async function articlesIndexPage() {
  return { articles: (await getPublishedArticles()).map(articleSummary) };
}

/** The topics that have articles, each with its count. */
export async function topicsIndexPage() {
  const articles = await getPublishedArticles();
  return {
    topics: TOPIC_KEYS.map((key) => ({
      href: routes.topic(key),
      label: TOPICS[key].label,
      summary: TOPICS[key].summary,
      count: articles.filter((article) => article.data.topics.includes(key)).length,
    })).filter((topic) => topic.count > 0),
  };
}

/** One page per topic that has at least one published article. */
export async function topicPaths() {
  const articles = await getPublishedArticles();
  return TOPIC_KEYS.map((key) => ({
    params: { key },
    props: { key, articles: articles.filter((article) => article.data.topics.includes(key)) },
  })).filter((path) => path.props.articles.length > 0);
}

/** Everything a topic page renders. */
export function topicPage(key: TopicKey, articles: readonly Article[]) {
  const topic = TOPICS[key];
  const count = articles.length;
  return {
    head: {
      title: topic.label,
      description: `${topic.summary} ${count} evidence-based ${count === 1 ? 'guide' : 'guides'} for runners, each checked against published research.`,
      image: ogImage({ kind: 'topic', slug: key, title: topic.label }),
      jsonLd: [
        breadcrumbs([
          { name: ui.topics, path: routes.topics() },
          { name: topic.label, path: routes.topic(key) },
        ]),
      ],
    },
    label: topic.label,
    summary: topic.summary,
    allTopicsHref: routes.topics(),
    articles: articles.map(articleSummary),
  };
}

/** The published programs, shortest first, with what a reader compares them by. */
export async function programsIndexPage() {
  return {
    programs: (await getPublishedPrograms()).map((program) => ({
      href: routes.program(program.id),
      title: program.data.title,
      description: program.data.description,
      kicker: `${LEVELS[program.data.level].label} · ${ui.weeks(program.data.weeks)}`,
      schedule: ui.sessionsAWeek(program.data.sessionsPerWeek, program.data.sessionLength),
    })),
  };
}

/** The 404 page's way back: home, all articles and the newest four. */
export async function notFoundPage() {
  const newest = (await getPublishedArticles()).slice(0, 4);
  return {
    links: [
      { href: routes.home(), label: ui.home, strong: true },
      { href: routes.articles(), label: ui.allArticles, strong: true },
      ...newest.map((article) => ({ href: routes.article(article.id), label: article.data.title })),
    ],
  };
}
