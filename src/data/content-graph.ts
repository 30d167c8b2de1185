import { getCollection } from 'astro:content';
import { ContentError, formatContentProblem } from '../lib/content-errors';
import { findContentGraphProblems, type EntryLinks } from '../lib/content-graph';

/**
 * Loads every collection once per build and stops the build on a broken link between entries
 * (see src/lib/content-graph.ts). Drafts are included: a draft must be valid too.
 */
let checked: Promise<void> | undefined;

type Ref = { collection: string; id: string };
const refs = (field: string, list: readonly Ref[]) =>
  list.map((ref, index) => ({
    field: `${field}[${index}]`,
    collection: ref.collection,
    id: ref.id,
  }));

async function check(): Promise<void> {
  const [articles, exercises, programs, muscleGroups, authors] = await Promise.all([
    getCollection('articles'),
    getCollection('exercises'),
    getCollection('programs'),
    getCollection('muscleGroups'),
    getCollection('authors'),
  ]);
  const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
  const graph: Record<string, EntryLinks[]> = {
    articles: articles.map((entry) => ({
      file: file(entry),
      id: entry.id,
      redirectFrom: entry.data.redirectFrom,
      references: [
        { field: 'author', collection: entry.data.author.collection, id: entry.data.author.id },
        ...refs('related', entry.data.related),
        ...refs('exercises', entry.data.exercises),
        ...refs('programs', entry.data.programs),
      ],
    })),
    exercises: exercises.map((entry) => ({
      file: file(entry),
      id: entry.id,
      references: [...refs('easier', entry.data.easier), ...refs('harder', entry.data.harder)],
    })),
    programs: programs.map((entry) => ({
      file: file(entry),
      id: entry.id,
      references: [
        ...(['previous', 'next'] as const).flatMap((field) => {
          const link = entry.data[field];
          return link ? [{ field, collection: link.collection, id: link.id }] : [];
        }),
        ...entry.data.mainLifts.map((lift, i) => ({
          field: `mainLifts[${i}].exercise`,
          collection: lift.exercise.collection,
          id: lift.exercise.id,
        })),
        ...entry.data.plan.flatMap((week, w) =>
          week.sessions.flatMap((session, s) =>
            session.exercises.flatMap((line, e) => [
              {
                field: `plan[${w}].sessions[${s}].exercises[${e}].exercise`,
                collection: line.exercise.collection,
                id: line.exercise.id,
              },
              ...refs(`plan[${w}].sessions[${s}].exercises[${e}].alternatives`, line.alternatives),
            ]),
          ),
        ),
      ],
    })),
    muscleGroups: muscleGroups.map((entry) => ({
      file: file(entry),
      id: entry.id,
      references: refs('articles', entry.data.articles),
    })),
    authors: authors.map((entry) => ({ file: file(entry), id: entry.id, references: [] })),
  };
  const problems = findContentGraphProblems(graph);
  if (problems.length === 1) throw new ContentError(problems[0]!);
  if (problems.length > 1) {
    throw new Error(
      `${problems.length} content problems:\n${problems.map((problem) => `- ${formatContentProblem(problem)}`).join('\n')}`,
    );
  }
}

/** Resolves when the content graph is sound; rejects with every problem found. Runs once. */
export function assertContentGraph(): Promise<void> {
  checked ??= check();
  return checked;
}
