import { datedOncePerDay } from '../../lib/dates';
import { sessionLengthLabel, sessionsPerWeekLabel } from '../../lib/programs';
import { routes } from '../../lib/routes';
import { nonBreakingNumberHyphens } from '../../lib/typography';
import { LEVELS, TOPIC_KEYS, TOPICS, type TopicKey } from '../../lib/taxonomy';
import { ui } from '../../ui';
import { ContentError } from '../../lib/content-errors';
import { isoDate } from '../../lib/dates';
import { leadArticle, topicExerciseIds } from '../../lib/topics';
import { articleSummary, getPublishedArticles, renderArticle, type Article } from '../articles';
import { getPublishedExercises } from '../exercises';
import { muscleGroupsInTopic, type MuscleGroup } from '../muscle-groups';
import { exerciseSummary, type ExerciseSummary } from './exercise';
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
  const lead = topicLead(key, articles);
  const muscleGroups = await muscleGroupsInTopic(key);
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
    lead: articleSummary(lead),
    articles: articles.filter((article) => article !== lead).map(articleSummary),
    muscleGroups,
    exercises: await topicExercises(articles, muscleGroups),
  };
}

/** How many exercises a topic page lists: a short start, the muscle-group pages have the rest. */
const TOPIC_EXERCISES = 8;

/** The article a topic page leads with (src/lib/topics.ts); a pillar that is not there stops the build. */
function topicLead(key: TopicKey, articles: readonly Article[]): Article {
  const pillar = (TOPICS[key] as { pillar?: string }).pillar;
  if (pillar !== undefined && !articles.some((article) => article.id === pillar)) {
    throw new ContentError({
      file: 'src/lib/taxonomy.ts',
      field: `TOPICS.${key}.pillar`,
      value: pillar,
      problem: `is not a published article filed under the topic "${key}"`,
      valid: articles.map((article) => article.id).join(', '),
    });
  }
  const lead = leadArticle(
    key,
    articles.map((article) => ({
      id: article.id,
      topics: article.data.topics,
      seriesOrder: article.data.seriesOrder,
      published: isoDate(article.data.pubDate),
      article,
    })),
    pillar,
  );
  // topicPaths makes pages only for topics with articles, so there is always a lead.
  return lead!.article;
}

/** The exercises a topic page lists (src/lib/topics.ts, topicExerciseIds). */
async function topicExercises(
  articles: readonly Article[],
  muscleGroups: readonly MuscleGroup[],
): Promise<ExerciseSummary[]> {
  const library = await getPublishedExercises();
  const muscles = new Set(muscleGroups.flatMap((group) => group.data.muscles));
  const citations = new Map<string, number>();
  for (const article of articles) {
    const linked = new Set(
      (await renderArticle(article)).crossLinks
        .filter((link) => link.collection === 'exercises')
        .map((link) => link.id),
    );
    for (const id of linked) citations.set(id, (citations.get(id) ?? 0) + 1);
  }
  const ids = topicExerciseIds(
    library
      .filter((exercise) => exercise.data.primaryMuscles.some((muscle) => muscles.has(muscle)))
      .map((exercise) => exercise.id),
    citations,
    TOPIC_EXERCISES,
  );
  const byId = new Map(library.map((exercise) => [exercise.id, exercise]));
  return ids.flatMap((id) => {
    const exercise = byId.get(id);
    return exercise ? [exerciseSummary(exercise)] : [];
  });
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
