import path from 'node:path';
import type { Definition, Link, LinkReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, closestMatches } from '../lib/content-errors';
import {
  isFileLink,
  targetForContentFile,
  type ContentTarget,
  type LinkableCollection,
} from '../lib/content-links';
import { withFragment } from '../lib/routes';
import { frontmatterOf, projectRelative } from './vfile-helpers';

/** What the plugin needs to know about a content file a link points at. */
export interface CrossLinkTarget {
  /** The ids of its headings, exactly as the build will give them. */
  headingIds: () => readonly string[];
  /** False for a draft or an entry scheduled for later: this build has no page for it. */
  published: boolean;
}

/** Where the plugin looks content files up (src/integrations/content/reader.ts in the build). */
export interface CrossLinkContent {
  /** The content file at an absolute path, or undefined when there is no such entry. */
  target(file: string): CrossLinkTarget | undefined;
  /** The ids of a collection's entries, for "did you mean" hints. */
  idsIn(collection: LinkableCollection): readonly string[];
}

export interface CrossLinkOptions {
  content: CrossLinkContent;
  /** Absolute path of the `content/` folder. */
  contentRoot: string;
  /** Absolute path of the project root (error messages show paths relative to it). */
  projectRoot: string;
  /** Where to report links shown as plain text because their target is unpublished. */
  warn?: (message: string) => void;
}

/** One resolved cross-link, kept in the page's frontmatter for backlinks. */
export interface CrossLink {
  collection: string;
  id: string;
}

type Resolved =
  | { published: true; url: string; target: ContentTarget }
  | { published: false; relativeTarget: string };

/**
 * Rewrites links to content files (`./deadlift-for-runners.mdx#technique`) into page URLs, and
 * stops the build when the file or the heading does not exist. Inline links and the definitions
 * of reference-style links (`[text][ref]` with `[ref]: ./other.mdx`) are treated alike. A link
 * to a draft or scheduled entry keeps its words and loses its link.
 */
export function remarkCrossLinks(options: CrossLinkOptions) {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    const source = file.path;
    const relativeSource = projectRelative(options.projectRoot, source);
    const found: CrossLink[] = [];

    const resolve = (url: string, line: number | undefined): Resolved => {
      const hashAt = url.indexOf('#');
      const filePart = hashAt === -1 ? url : url.slice(0, hashAt);
      const fragment = hashAt === -1 ? '' : url.slice(hashAt + 1);
      const fail = (problem: string, valid: string): never => {
        throw new ContentError({
          file: relativeSource,
          line,
          field: 'cross-link',
          value: url,
          problem,
          valid,
        });
      };
      const absoluteTarget = path.resolve(path.dirname(source), decodeURI(filePart));
      const relativeTarget = path
        .relative(options.contentRoot, absoluteTarget)
        .split(path.sep)
        .join('/');
      const mapped = targetForContentFile(relativeTarget);
      if (!mapped.ok)
        return fail(
          `cannot be linked: ${mapped.reason}`,
          'a relative path to an article, exercise or program file, such as ./deadlift-for-runners.mdx or ../exercises/goblet-squat.md',
        );
      const { target } = mapped;
      const facts = options.content.target(absoluteTarget);
      if (!facts) {
        const extension = path.extname(absoluteTarget);
        const suggestions = closestMatches(target.id, options.content.idsIn(target.collection));
        return fail(
          `points to content/${relativeTarget}, which does not exist`,
          suggestions.length
            ? `an existing ${target.collection.replace(/s$/, '')} file, for example ${suggestions.map((id) => `${id}${extension}`).join(', ')}`
            : `an existing file in content/${target.collection}/`,
        );
      }
      if (fragment !== '') {
        const ids = facts.headingIds();
        if (!ids.includes(fragment))
          fail(
            `content/${relativeTarget} has no heading with the id "#${fragment}"`,
            ids.length
              ? ids.map((id) => `#${id}`).join(', ')
              : 'no fragment (that file has no headings)',
          );
      }
      if (!facts.published) return { published: false, relativeTarget };
      return {
        published: true,
        url: withFragment(target.path, fragment || undefined),
        target,
      };
    };

    const unpublished = (relativeTarget: string, line: number | undefined) =>
      options.warn?.(
        `${relativeSource}:${line ?? '?'}: cross-link to content/${relativeTarget} shown as plain text: that entry is a draft or scheduled for later.`,
      );

    // Definitions first: a reference may come before the definition it uses.
    const definitions = new Map<string, Resolved>();
    visit(tree, 'definition', (node: Definition) => {
      if (!isFileLink(node.url)) return;
      const resolved = resolve(node.url, node.position?.start.line);
      definitions.set(node.identifier, resolved);
      if (resolved.published) node.url = resolved.url;
    });

    visit(tree, (node, index, parent) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      const line = node.position?.start.line;
      let resolved: Resolved | undefined;
      if (node.type === 'link') {
        const link = node as Link;
        if (!isFileLink(link.url)) return;
        resolved = resolve(link.url, line);
        if (resolved.published) link.url = resolved.url;
      } else {
        resolved = definitions.get((node as LinkReference).identifier);
        if (!resolved) return;
      }
      if (resolved.published) {
        found.push({ collection: resolved.target.collection, id: resolved.target.id });
        return;
      }
      // The target is a draft or scheduled: keep the words, drop the link, say so in the log.
      unpublished(resolved.relativeTarget, line);
      if (parent && index !== undefined) {
        parent.children.splice(index, 1, ...(node as Link | LinkReference).children);
        return index;
      }
      return;
    });

    frontmatterOf(file).crossLinks = found;
  };
}
