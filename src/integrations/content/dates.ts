import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findImpossibleDates } from '../../lib/calendar-dates.ts';
import { ContentError, formatContentProblem } from '../../lib/content-errors.ts';

/**
 * Stops `astro dev` and `astro build` on a front-matter date that is not a day on the calendar
 * (`2026-02-30`), before anything reads the content. It has to run first: YAML turns such a
 * date into another real day (2 March) before any schema sees it, so a later check would
 * report a confusing consequence ("after updatedDate") instead of the mistake itself.
 */
export function checkCalendarDates({
  contentRoot,
  projectRoot,
  folders,
}: {
  /** Absolute path of the `content/` folder. */
  contentRoot: string;
  /** Absolute path of the project root, so messages show "content/articles/x.mdx". */
  projectRoot: string;
  /** Content folders whose files carry dates. */
  folders: readonly string[];
}): void {
  const problems = folders.flatMap((folder) => {
    const dir = path.join(contentRoot, folder);
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => /\.mdx?$/.test(name));
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const file = path.join(dir, name);
      const shown = path.relative(projectRoot, file).split(path.sep).join('/');
      return findImpossibleDates(readFileSync(file, 'utf8'), shown);
    });
  });
  if (problems.length === 1) throw new ContentError(problems[0]!);
  if (problems.length > 1) {
    throw new Error(
      `${problems.length} impossible dates:\n${problems.map((problem) => `- ${formatContentProblem(problem)}`).join('\n')}`,
    );
  }
}
