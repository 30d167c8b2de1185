import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, closestMatches } from '../lib/content-errors';
import { isFileLink, targetForContentFile } from '../lib/content-links';
import { headingIdsOf } from '../lib/headings';
import { isVisible, publishingFieldsOf, type PublishingContext } from '../lib/publishing';
import { withFragment } from '../lib/routes';
import { frontmatterOf, projectRelative } from './vfile-helpers';

export interface CrossLinkOptions {
  /** Absolute path of the `content/` folder. */
  contentRoot: string;
  /** Absolute path of the project root (error messages show paths relative to it). */
  projectRoot: string;
  /** The build's publishing rule; links to entries it hides become plain text. */
  publishing: PublishingContext;
  /** Where to report such unlinked text (the build log). */
  warn?: (message: string) => void;
}

/** One resolved cross-link, kept in the page's frontmatter for backlinks. */
export interface CrossLink {
  collection: string;
  id: string;
}

interface TargetFacts {
  headingIds: string[];
  publishing: ReturnType<typeof publishingFieldsOf>;
}

const targetCache = new Map<string, { mtimeMs: number; facts: TargetFacts }>();

/** Heading ids and publishing fields of a content file, cached until the file changes. */
function factsOfFile(file: string): TargetFacts {
  const { mtimeMs } = statSync(file);
  const cached = targetCache.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.facts;
  const source = readFileSync(file, 'utf8');
  const facts = { headingIds: headingIdsOf(source), publishing: publishingFieldsOf(source) };
  targetCache.set(file, { mtimeMs, facts });
  return facts;
}

/** True when the path is an existing regular file. */
function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Entry ids in a folder, so a "no such file" error can suggest the intended one. */
function siblingIds(folder: string, extension: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.endsWith(extension))
      .map((name) => name.slice(0, -extension.length));
  } catch {
    return [];
  }
}

/**
 * Rewrites links to content files (`./deadlift-for-runners.mdx#technique`) into page URLs, and
 * stops the build when the file or the heading does not exist.
 */
export function remarkCrossLinks(options: CrossLinkOptions) {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    const source = file.path;
    const relativeSource = projectRelative(options.projectRoot, source);
    const found: CrossLink[] = [];

    visit(tree, 'link', (node: Link, index, parent) => {
      if (!isFileLink(node.url)) return;
      const hashAt = node.url.indexOf('#');
      const filePart = hashAt === -1 ? node.url : node.url.slice(0, hashAt);
      const fragment = hashAt === -1 ? undefined : node.url.slice(hashAt + 1);
      const line = node.position?.start.line;
      const absoluteTarget = path.resolve(path.dirname(source), decodeURI(filePart));
      const relativeTarget = path
        .relative(options.contentRoot, absoluteTarget)
        .split(path.sep)
        .join('/');
      const mapped = targetForContentFile(relativeTarget);
      if (!mapped.ok) {
        throw new ContentError({
          file: relativeSource,
          line,
          field: 'cross-link',
          value: node.url,
          problem: `cannot be linked: ${mapped.reason}`,
          valid:
            'a relative path to an article, exercise or program file, such as ./deadlift-for-runners.mdx or ../exercises/goblet-squat.md',
        });
      }
      if (!isFile(absoluteTarget)) {
        const extension = path.extname(absoluteTarget);
        const suggestions = closestMatches(
          mapped.target.id,
          siblingIds(path.dirname(absoluteTarget), extension),
        );
        throw new ContentError({
          file: relativeSource,
          line,
          field: 'cross-link',
          value: node.url,
          problem: `points to content/${relativeTarget}, which does not exist`,
          valid: suggestions.length
            ? `an existing ${mapped.target.collection.replace(/s$/, '')} file, for example ${suggestions.map((id) => `${id}${extension}`).join(', ')}`
            : `an existing file in content/${mapped.target.collection}/`,
        });
      }
      const facts = factsOfFile(absoluteTarget);
      if (fragment !== undefined && fragment !== '') {
        const ids = facts.headingIds;
        if (!ids.includes(fragment)) {
          throw new ContentError({
            file: relativeSource,
            line,
            field: 'cross-link',
            value: node.url,
            problem: `content/${relativeTarget} has no heading with the id "#${fragment}"`,
            valid: ids.length
              ? ids.map((id) => `#${id}`).join(', ')
              : 'no fragment (that file has no headings)',
          });
        }
      }
      if (!isVisible(facts.publishing, options.publishing)) {
        // The target is a draft or scheduled: keep the words, drop the link, say so in the log.
        options.warn?.(
          `${relativeSource}:${line ?? '?'}: cross-link to content/${relativeTarget} shown as plain text: that entry is a draft or scheduled for later.`,
        );
        if (parent && index !== undefined) {
          parent.children.splice(index, 1, ...node.children);
          return index;
        }
        return;
      }
      node.url = withFragment(mapped.target.path, fragment || undefined);
      found.push({ collection: mapped.target.collection, id: mapped.target.id });
      return;
    });

    frontmatterOf(file).crossLinks = found;
  };
}
