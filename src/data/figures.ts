import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, formatContentProblem } from '../lib/content-errors';
import {
  figureProblems,
  figureSet,
  positionSvg,
  type FigureSet,
  type Palette,
} from '../lib/figure';

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
