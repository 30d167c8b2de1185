import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The content files as a writer wrote them, read independently of the site's own code, so the
 * browser tests can say what a page should show without asking the code under test.
 */

export interface ContentFile<T> {
  id: string;
  data: T;
}

/**
 * Front matter of every file in a content folder (`content/<folder>/*.<extension>`); articles
 * may be `.md` or `.mdx`, so several extensions may be given.
 */
export function readContent<T>(
  folder: string,
  extensions: string | readonly string[],
): ContentFile<T>[] {
  const dir = `content/${folder}`;
  const endings = typeof extensions === 'string' ? [extensions] : extensions;
  return readdirSync(dir).flatMap((name) => {
    const extension = endings.find((ending) => name.endsWith(ending));
    if (!extension) return [];
    const source = readFileSync(`${dir}/${name}`, 'utf8');
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
    // YAML 1.2 (the `yaml` package's default) keeps dates as "YYYY-MM-DD" strings.
    return [{ id: name.slice(0, -extension.length), data: parse(frontMatter) as T }];
  });
}

export interface ExerciseData {
  name: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  primaryMuscles: string[];
  easier?: string[];
  harder?: string[];
  dose: string;
  draft?: boolean;
}

export interface MuscleGroupData {
  title: string;
  muscles: string[];
  topics: string[];
  articles?: string[];
  draft?: boolean;
}

export interface DatedData {
  title: string;
  pubDate: string;
  draft?: boolean;
  changes?: { date: string; type: string; summary: string }[];
}

/** Published entries only: no drafts, nothing dated after today. */
export function published<T extends { draft?: boolean; pubDate?: string }>(
  files: ContentFile<T>[],
): ContentFile<T>[] {
  const today = new Date().toISOString().slice(0, 10);
  return files.filter(
    ({ data }) =>
      data.draft !== true && (data.pubDate === undefined || String(data.pubDate) <= today),
  );
}
