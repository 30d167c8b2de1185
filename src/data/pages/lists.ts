import { datedOncePerDay } from '../../lib/dates';
import { sessionLengthLabel, sessionsPerWeekLabel } from '../../lib/programs';
import { routes } from '../../lib/routes';
import { nonBreakingNumberHyphens } from '../../lib/typography';
import { LEVELS, TOPIC_KEYS, TOPICS, type TopicKey } from '../../lib/taxonomy';
import { ui } from '../../ui';
import { articleSummary, getPublishedArticles, type Article } from '../articles';
import { muscleGroupsInTopic } from '../muscle-groups';
import { ogImage } from '../og';
import { getPublishedPrograms, getTrainingPath, type Program } from '../programs';
import { breadcrumbs } from '../site';

/** The list pages: all articles, topics, one topic, programs, and the 404 page's suggestions. */

/** Every published article, newest first, as cards. */
export async function articlesIndexPage() {
  return { articles: datedOncePerDay((await getPublishedArticles()).map(articleSummary)) };
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
export async function topicPage(key: TopicKey, articles: readonly Article[]) {
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
    muscleGroups: await muscleGroupsInTopic(key),
  };
}

/** A program as its card on the programs index shows it. */
export interface ProgramCardView {
  href: string;
  title: string;
  /** "Step 2 · Beginner · 8 weeks", or where a branch leaves the path. */
  kicker: string;
  audience: string;
  sessionsPerWeek: string;
  sessionLength: string;
  /** Extra lines under the summary, such as where a branch leads. */
  notes: string[];
}

function programCard(program: Program, place: string, notes: string[] = []): ProgramCardView {
  const data = program.data;
  return {
    href: routes.program(program.id),
    title: nonBreakingNumberHyphens(data.title),
    kicker: `${place} · ${LEVELS[data.level].label} · ${ui.programWeeks(data.weeks, data.repeats)}`,
    audience: data.audience,
    sessionsPerWeek: sessionsPerWeekLabel(data.plan),
    sessionLength: sessionLengthLabel(data.sessionMinutes, data.warmUpMinutes),
    notes,
  };
}

/** The programs as one training path, step by step, and the branches off it. */
export async function programsIndexPage() {
  const { steps, branches } = await getTrainingPath();
  const titles = new Map(
    (await getPublishedPrograms()).map((program) => [program.id, program.data.title]),
  );
  const titleOf = (id: string | undefined) => (id === undefined ? undefined : titles.get(id));
  return {
    steps: steps.map((program, index) => programCard(program, ui.pathStep(index + 1))),
    branches: branches.map((program) => {
      const from = titleOf(program.data.previous?.id);
      const to = titleOf(program.data.next?.id);
      return programCard(program, ui.pathBranchKicker, [
        ...(from ? [ui.pathFrom(from)] : []),
        ...(to ? [ui.pathTo(to)] : []),
      ]);
    }),
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
