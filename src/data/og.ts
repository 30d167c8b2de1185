import { CARD_FIGURE_COLOURS, type CardInput } from '../lib/og-card';
import { routes } from '../lib/routes';
import type { ImageRef } from '../lib/seo';
import { TOPIC_KEYS, TOPICS } from '../lib/taxonomy';
import { site } from '../site.config';
import { ui } from '../ui';
import { getPublishedArticles } from './articles';
import { getPublishedExercises } from './exercises';
import { exerciseThumbnail } from './figures';
import { getPublishedMuscleGroups } from './muscle-groups';
import { getPublishedPrograms } from './programs';

/** Which Open Graph cards the build renders, and how pages refer to them. */

/** The Open Graph size every platform expects. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

export type OgKind = 'article' | 'exercise' | 'muscle-group' | 'program' | 'topic' | 'site';

export interface OgCardSpec {
  kind: OgKind;
  slug: string;
  kicker: string;
  title: string;
  /** An exercise card shows its figure: an SVG data URI and its size. */
  figure?: { src: string; width: number; height: number };
}

/** An SVG drawing as the data URI and size a card's image needs. */
function svgImage(svg: string): { src: string; width: number; height: number } {
  const size = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(svg)?.[1] ?? 0);
  return {
    src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    width: size('width'),
    height: size('height'),
  };
}

/** The site's default card, used by pages without their own (home, lists, about, 404). */
export const SITE_CARD: OgCardSpec = {
  kind: 'site',
  slug: 'default',
  kicker: ui.siteCardKicker,
  title: ui.siteCardTitle,
};

/** The image reference for a card, with its alt text. */
export function ogImage(card: Pick<OgCardSpec, 'kind' | 'slug' | 'title'>): ImageRef {
  return {
    path: routes.ogImage(card.kind, card.slug),
    ...OG_SIZE,
    type: 'image/png',
    alt: `${card.title} (${site.name})`,
  };
}

/**
 * Every card of the build: the site default plus one per article, exercise, muscle group, topic
 * and program.
 */
export async function getOgCards(): Promise<OgCardSpec[]> {
  const [articles, exercises, programs, muscleGroups] = await Promise.all([
    getPublishedArticles(),
    getPublishedExercises(),
    getPublishedPrograms(),
    getPublishedMuscleGroups(),
  ]);
  return [
    SITE_CARD,
    ...articles.map((article) => ({
      kind: 'article' as const,
      slug: article.id,
      kicker: TOPICS[article.data.topics[0] ?? 'getting-started'].label,
      title: article.data.title,
    })),
    ...exercises.map((exercise) => ({
      kind: 'exercise' as const,
      slug: exercise.id,
      kicker: ui.exerciseLibrary,
      title: exercise.data.name,
      figure: svgImage(exerciseThumbnail(exercise, CARD_FIGURE_COLOURS)),
    })),
    ...muscleGroups.map((group) => ({
      kind: 'muscle-group' as const,
      slug: group.id,
      kicker: 'Exercise library',
      title: group.data.title,
    })),
    ...TOPIC_KEYS.filter((key) =>
      articles.some((article) => article.data.topics.includes(key)),
    ).map((key) => ({
      kind: 'topic' as const,
      slug: key,
      kicker: ui.topic,
      title: TOPICS[key].label,
    })),
    ...programs.map((program) => ({
      kind: 'program' as const,
      slug: program.id,
      kicker: ui.program,
      title: program.data.title,
    })),
  ];
}

/** What the renderer needs to draw a card (src/og/render.ts). */
export function cardInputOf(card: OgCardSpec, size: { width: number; height: number }): CardInput {
  return {
    kicker: card.kicker,
    title: card.title,
    siteName: site.name,
    tagline: site.tagline,
    figure: card.figure,
    ...size,
  };
}

/**
 * One PNG per card, at the Open Graph size (the og/ endpoint's pages). Articles used to get three
 * more aspect ratios for structured data; they cost three renders each for a "for best results".
 */
export async function ogCardPaths() {
  return (await getOgCards()).map((card) => ({
    params: { kind: card.kind, file: card.slug },
    props: { card, size: OG_SIZE },
  }));
}
