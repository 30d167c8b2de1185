import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ContentError, formatContentProblem, type ContentProblem } from '../../lib/content-errors.ts';
import {
  heroImagePath,
  imageOutsideContent,
  isInsideFolder,
  unclosedFrontMatter,
} from '../../lib/front-matter-checks.ts';
import { referencesFileProblems } from '../../lib/references-file.ts';
import { referenceSchema } from '../../schemas/reference.ts';

/**
 * Stops `astro dev` and `astro build` on content files Astro would misread, before anything reads
 * them, reporting every such problem at once: content/references.json (JSON syntax with line and
 * column, repeated ids, each entry against its schema, with its line), front matter that is
 * never closed, and an article's hero image outside content/.
 */
export function checkContentFiles({
  contentRoot,
  projectRoot,
  folders,
}: {
  /** Absolute path of the `content/` folder. */
  contentRoot: string;
  /** Absolute path of the project root, so messages show "content/articles/x.mdx". */
  projectRoot: string;
  /** Content folders of Markdown and MDX entries. */
  folders: readonly string[];
}): void {
  const shown = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');
  const problems: ContentProblem[] = [];

  const referencesFile = path.join(contentRoot, 'references.json');
  problems.push(
    ...referencesFileProblems(readFileSync(referencesFile, 'utf8'), shown(referencesFile), (entry) => {
      const result = referenceSchema.safeParse(entry);
      return result.success ? [] : result.error.issues;
    }),
  );

  const realContentRoot = resolvedPath(contentRoot);
  for (const folder of folders) {
    const dir = path.join(contentRoot, folder);
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => /\.mdx?$/.test(name));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const source = readFileSync(file, 'utf8');
      const unclosed = unclosedFrontMatter(source, shown(file));
      if (unclosed) {
        problems.push(unclosed);
        continue;
      }
      const hero = heroImagePath(source);
      if (hero !== undefined && !isInsideFolder(resolvedPath(path.resolve(dir, hero)), realContentRoot))
        problems.push(imageOutsideContent(shown(file), 'hero.src', hero));
    }
  }

  if (problems.length === 1) throw new ContentError(problems[0]!);
  if (problems.length > 1) {
    throw new Error(
      `${problems.length} content problems:\n${problems.map((problem) => `- ${formatContentProblem(problem)}`).join('\n')}`,
    );
  }
}

/**
 * Where a path leads with symbolic links followed (a link inside content/ to a file elsewhere is
 * elsewhere). A missing file keeps its name under its folder's real path, or stays as written.
 */
export function resolvedPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return path.join(realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return file;
    }
  }
}
