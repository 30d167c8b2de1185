import { routes } from './routes';

/**
 * Writers link to other pages by the path of their source file (so links also work on GitHub
 * and in editors). This module maps such a file, relative to the `content/` folder, to its
 * route, and says which files can be linked to.
 */

/**
 * Content folders that have pages, with the file extensions their entries may use. Articles are
 * plain Markdown unless they need a component (issue 21: Astro caches rendered Markdown between
 * builds and recompiles MDX), so both are linkable, each by the name the file has.
 */
export const LINKABLE_COLLECTIONS = {
  articles: { extensions: ['.md', '.mdx'], route: routes.article },
  exercises: { extensions: ['.md'], route: routes.exercise },
  programs: { extensions: ['.mdx'], route: routes.program },
  'muscle-groups': { extensions: ['.md'], route: routes.muscleGroup },
} as const satisfies Record<
  string,
  { extensions: readonly string[]; route: (id: string) => string }
>;

/** The file extensions a linkable collection's entries may use. */
export function extensionsOf(collection: LinkableCollection): readonly string[] {
  return LINKABLE_COLLECTIONS[collection].extensions;
}

/** "<id>.md or <id>.mdx": how a collection's file names end, for messages. */
const fileNamesOf = (extensions: readonly string[]) =>
  extensions.map((extension) => `<id>${extension}`).join(' or ');

export type LinkableCollection = keyof typeof LINKABLE_COLLECTIONS;

/** A content file a cross-link points at. */
export interface ContentTarget {
  collection: LinkableCollection;
  id: string;
  /** The page path of that entry, under the site's trailing-slash policy. */
  path: string;
}

/**
 * Maps a path relative to `content/` ("articles/deadlift-for-runners.mdx") to its page, or
 * returns an explanation of why it cannot be linked.
 */
export function targetForContentFile(
  relativePath: string,
): { ok: true; target: ContentTarget } | { ok: false; reason: string } {
  const match = /^([a-z][a-z-]*)\/([a-z0-9-]+)(\.[a-z]+)$/.exec(relativePath);
  const valid = Object.entries(LINKABLE_COLLECTIONS)
    .map(([folder, { extensions }]) => `content/${folder}/${fileNamesOf(extensions)}`)
    .join(', ');
  if (!match) {
    return { ok: false, reason: `it is not a file directly inside a content folder (${valid})` };
  }
  const [, folder, id, extension] = match as unknown as [string, string, string, string];
  if (!(folder in LINKABLE_COLLECTIONS)) {
    return { ok: false, reason: `"${folder}" is not a folder with pages (${valid})` };
  }
  const collection = folder as LinkableCollection;
  const spec = LINKABLE_COLLECTIONS[collection];
  if (!(spec.extensions as readonly string[]).includes(extension)) {
    return {
      ok: false,
      reason: `files in content/${folder}/ end in ${spec.extensions.map((e) => `"${e}"`).join(' or ')}, not "${extension}"`,
    };
  }
  return { ok: true, target: { collection, id, path: spec.route(id) } };
}

/** True for link URLs that point at a local file rather than a page or another site. */
export function isFileLink(url: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return false;
  return /\.mdx?(?:#.*)?$/.test(url);
}
