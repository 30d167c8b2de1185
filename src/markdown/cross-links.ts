import path from 'node:path';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { ContentError, closestMatches } from '../lib/content-errors.ts';
import {
  isFileLink,
  targetForContentFile,
  type ContentTarget,
  type LinkableCollection,
} from '../lib/content-links.ts';
import { withFragment } from '../lib/routes.ts';
import { absolutePathOf, frontmatterOf, lineOf, projectRelative } from './context.ts';

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
  warn?: ((message: string) => void) | undefined;
}

/** One resolved cross-link, kept in the page's frontmatter for backlinks. */
export interface CrossLink {
  collection: string;
  id: string;
}

type Resolved =
  | { published: true; url: string; target: ContentTarget }
  | { published: false; relativeTarget: string };

/** What one document's links resolved to, shared by the two passes through `ctx.data`. */
interface DocumentLinks {
  /** Reference-style definitions (`[ref]: ./other.mdx`) by identifier. */
  definitions: Map<string, Resolved>;
  /** The published targets linked, in document order, for backlinks. */
  found: CrossLink[];
}

const LINKS_KEY = 'strongMilesCrossLinks';

function documentLinks(ctx: MdastVisitorContext): DocumentLinks {
  const data = ctx.data as Record<string, unknown>;
  data[LINKS_KEY] ??= { definitions: new Map(), found: [] } satisfies DocumentLinks;
  return data[LINKS_KEY] as DocumentLinks;
}

/**
 * Rewrites links to content files (`./deadlift-for-runners.mdx#technique`) into page URLs, and
 * stops the build when the file or the heading does not exist. Inline links and the definitions
 * of reference-style links (`[text][ref]` with `[ref]: ./other.mdx`) are treated alike. A link
 * to a draft or scheduled entry keeps its words and loses its link.
 *
 * Two passes (two Sätteri plugins, in this order): the definitions first, since a reference may
 * come before the definition it uses; then the links and references.
 */
export function crossLinksPlugins(
  options: CrossLinkOptions,
): [MdastPluginDefinition, MdastPluginDefinition] {
  const resolve = (source: string, url: string, line: number | undefined): Resolved => {
    const relativeSource = projectRelative(options.projectRoot, source);
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

  const unpublished = (source: string, relativeTarget: string, line: number | undefined) =>
    options.warn?.(
      `${projectRelative(options.projectRoot, source)}:${line ?? '?'}: cross-link to content/${relativeTarget} shown as plain text: that entry is a draft or scheduled for later.`,
    );

  const definitions: MdastPluginDefinition = {
    name: 'strong-miles:cross-link-definitions',
    options: { position: true },
    definition(node, ctx) {
      const source = absolutePathOf(ctx);
      if (!source || !isFileLink(node.url)) return;
      const resolved = resolve(source, node.url, lineOf(node, ctx));
      documentLinks(ctx).definitions.set(node.identifier, resolved);
      if (resolved.published) ctx.setProperty(node, 'url', resolved.url);
    },
  };

  const links: MdastPluginDefinition = {
    name: 'strong-miles:cross-links',
    options: { position: true },
    link(node, ctx) {
      const source = absolutePathOf(ctx);
      if (!source || !isFileLink(node.url)) return;
      const resolved = resolve(source, node.url, lineOf(node, ctx));
      if (resolved.published) {
        ctx.setProperty(node, 'url', resolved.url);
        documentLinks(ctx).found.push({
          collection: resolved.target.collection,
          id: resolved.target.id,
        });
        return;
      }
      // The target is a draft or scheduled: keep the words, drop the link, say so in the log.
      unpublished(source, resolved.relativeTarget, lineOf(node, ctx));
      ctx.replaceNode(node, [...node.children]);
    },
    linkReference(node, ctx) {
      const source = absolutePathOf(ctx);
      const resolved = source && documentLinks(ctx).definitions.get(node.identifier);
      if (!source || !resolved) return;
      if (resolved.published) {
        documentLinks(ctx).found.push({
          collection: resolved.target.collection,
          id: resolved.target.id,
        });
        return;
      }
      unpublished(source, resolved.relativeTarget, lineOf(node, ctx));
      ctx.replaceNode(node, [...node.children]);
    },
    after(_root, ctx) {
      if (absolutePathOf(ctx)) frontmatterOf(ctx).crossLinks = documentLinks(ctx).found;
    },
  };

  return [definitions, links];
}
