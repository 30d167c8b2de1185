import type { ContentProblem } from './content-errors';
import { LEVEL_KEYS, type Level } from './taxonomy';

/**
 * Orders exercises from easiest to hardest using only the library's own data: first the
 * `level` (beginner, intermediate, advanced), then the `easier` / `harder` links, so that an
 * exercise always comes after the ones the library calls easier than it.
 */

/** What the ordering needs to know about one exercise. */
export interface RankedExercise {
  id: string;
  name: string;
  level: Level;
  /** Ids of exercises this one names as easier versions of itself. */
  easier: readonly string[];
  /** Ids of exercises this one names as harder versions of itself. */
  harder: readonly string[];
  /** The exercise's file, for error messages. */
  file?: string | undefined;
}

/** The easier/harder links form a loop, so "easiest first" has no answer. */
export class DifficultyLoopError extends Error {
  readonly problem: ContentProblem;
  constructor(problem: ContentProblem) {
    super(`${problem.file}: ${problem.field}: ${problem.problem}. Valid: ${problem.valid}.`);
    this.name = 'DifficultyLoopError';
    this.problem = problem;
  }
}

/**
 * For each exercise, how many rungs of easier exercises lie below it: 0 for an exercise nothing
 * is easier than, otherwise one more than its highest easier neighbour. Both directions count
 * (`a.harder` naming `b` is the same link as `b.easier` naming `a`); links to ids outside the
 * list (drafts, typos caught elsewhere) are ignored.
 */
export function difficultyRungs(library: readonly RankedExercise[]): Map<string, number> {
  const byId = new Map(library.map((exercise) => [exercise.id, exercise]));
  const easierThan = new Map<string, Set<string>>(library.map((e) => [e.id, new Set<string>()]));
  for (const exercise of library) {
    for (const id of exercise.easier) if (byId.has(id)) easierThan.get(exercise.id)!.add(id);
    for (const id of exercise.harder) if (byId.has(id)) easierThan.get(id)!.add(exercise.id);
  }

  const rungs = new Map<string, number>();
  const visiting: string[] = [];
  const rungOf = (id: string): number => {
    const known = rungs.get(id);
    if (known !== undefined) return known;
    const loopStart = visiting.indexOf(id);
    if (loopStart !== -1) {
      // visiting runs from harder to easier; read the loop the other way, easiest first.
      const loop = [...visiting.slice(loopStart), id].reverse();
      const names = loop.map((step) => byId.get(step)?.name ?? step);
      throw new DifficultyLoopError({
        file: byId.get(id)?.file ?? `content/exercises/${id}.md`,
        field: 'easier / harder',
        value: id,
        problem: `the easier/harder links go round in a circle (${names.join(' → ')}), so no exercise in it can come first`,
        valid:
          'links that always lead from an easier exercise to a harder one; remove one link of the loop',
      });
    }
    visiting.push(id);
    let rung = 0;
    for (const easier of easierThan.get(id) ?? []) rung = Math.max(rung, rungOf(easier) + 1);
    visiting.pop();
    rungs.set(id, rung);
    return rung;
  };
  for (const exercise of library) rungOf(exercise.id);
  return rungs;
}

/**
 * The given exercises, easiest first: by level, then by rung in the whole library (so an
 * easier/harder link is respected even when the step between them is not in the list), then by
 * name so the order never depends on file order.
 */
export function easiestFirst<T extends RankedExercise>(
  exercises: readonly T[],
  library: readonly RankedExercise[] = exercises,
): T[] {
  const rungs = difficultyRungs(library);
  const levelIndex = (level: Level) => LEVEL_KEYS.indexOf(level);
  return [...exercises].sort(
    (a, b) =>
      levelIndex(a.level) - levelIndex(b.level) ||
      (rungs.get(a.id) ?? 0) - (rungs.get(b.id) ?? 0) ||
      a.name.localeCompare(b.name, 'en'),
  );
}
