import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, formatContentProblem } from '../lib/content-errors';
import {
  figureProblems,
  figureSet,
  positionImage,
  positionSvg,
  type FigureSet,
  type Palette,
} from '../lib/figure';
import { FIGURE_THEMES, figurePalette } from '../lib/figure/palettes';

/**
 * The drawn figures of the exercises: checked once per build (every exercise, drafts included,
 * so a bad figure fails the build with its file, position and problem), then drawn once per
 * exercise and shared by every page that shows it.
 */

type Exercise = CollectionEntry<'exercises'>;

let checked: Promise<void> | undefined;

async function check(): Promise<void> {
  const exercises = await getCollection('exercises');
  const problems = exercises.flatMap((exercise) =>
    figureProblems({
      file: exercise.filePath ?? `content/exercises/${exercise.id}.md`,
      cues: exercise.data.cues,
      positions: exercise.data.positions,
    }),
  );
  if (problems.length === 1) throw new ContentError(problems[0]!);
  if (problems.length > 1) {
    throw new Error(
      `${problems.length} problems with exercise figures:\n${problems.map((problem) => `- ${formatContentProblem(problem)}`).join('\n')}`,
    );
  }
}

/** Resolves when every exercise's figure passes the physical checks; rejects with each problem. */
export function assertExerciseFigures(): Promise<void> {
  checked ??= check();
  return checked;
}

const sets = new Map<string, FigureSet>();

/** An exercise's figures (stills, animation, text alternatives), drawn once per build. */
export function exerciseFigures(exercise: Exercise, prefix = 'fa'): FigureSet {
  const key = `${exercise.id}/${prefix}`;
  let set = sets.get(key);
  if (!set) {
    set = figureSet(
      { name: exercise.data.name, cues: exercise.data.cues, positions: exercise.data.positions },
      { prefix },
    );
    sets.set(key, set);
  }
  return set;
}

const thumbnails = new Map<string, string>();

/**
 * The exercise's key position on its own: small in lists, and in fixed colours (a palette) on
 * its Open Graph card.
 */
export function exerciseThumbnail(exercise: Exercise, palette?: Palette): string {
  const key = `${exercise.id}/${palette ? 'card' : 'page'}`;
  let svg = thumbnails.get(key);
  if (!svg) {
    const input = {
      name: exercise.data.name,
      cues: exercise.data.cues,
      positions: exercise.data.positions,
    };
    svg = positionSvg(input, exerciseFigures(exercise).key, palette ? { palette } : {});
    thumbnails.set(key, svg);
  }
  return svg;
}

/** Size of an article's figure images: px per body unit (a standing adult is 100 units tall). */
const IMAGE_PIXELS_PER_UNIT = 1.8;

export interface FigureImage {
  name: string;
  /** A stand-alone SVG file in the theme's colours, light or dark as the page is. */
  svg: string;
  /** Display size in CSS pixels: every position of every exercise at the same scale. */
  width: number;
  height: number;
}

const images = new Map<string, FigureImage[]>();

const IMAGE_PALETTES = {
  light: figurePalette(FIGURE_THEMES.light, FIGURE_THEMES.light.paperRaised),
  dark: figurePalette(FIGURE_THEMES.dark, FIGURE_THEMES.dark.paperRaised),
};

/**
 * The exercise's positions as SVG files, each cropped to its position with the arrow toward the
 * next one. Articles show these as lazy images, so a figure in an article costs its page a few
 * hundred bytes of markup.
 */
export function exerciseFigureImages(exercise: Exercise): FigureImage[] {
  let list = images.get(exercise.id);
  if (!list) {
    const input = {
      name: exercise.data.name,
      cues: exercise.data.cues,
      positions: exercise.data.positions,
    };
    list = exercise.data.positions.map((position) => ({
      name: position.name,
      ...positionImage(input, position.name, IMAGE_PALETTES, IMAGE_PIXELS_PER_UNIT),
    }));
    images.set(exercise.id, list);
  }
  return list;
}
