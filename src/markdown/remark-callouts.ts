import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-errors.ts';
import { routes, withFragment } from '../lib/routes.ts';
import { EVIDENCE_LEVEL_KEYS, EVIDENCE_LEVELS, type EvidenceLevel } from '../lib/taxonomy.ts';
import { ui } from '../ui.ts';
import { projectRelative } from './vfile-helpers.ts';

export interface CalloutOptions {
  /** Absolute path of the project root (for messages). */
  projectRoot: string;
  /**
   * Not read here: the Markdown pipeline's digest (src/integrations/content/pipeline-digest.ts),
   * which Astro hashes with the rest of its config into the key of its content cache.
   */
  cacheKey?: string;
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** The directives a writer may use, as they are written, for the "valid" hint of an error. */
const VALID_DIRECTIVES =
  ':evidence[<level>] (inline) and :::see-a-professional ... ::: (a block of its own)';

/** The evidence badge's classes, as src/components/EvidenceLabel.astro writes them. */
const evidenceClasses = (level: EvidenceLevel) => ['evidence', `evidence-${level}`];

/** The callout's classes, as src/components/SeeAProfessional.astro writes them. */
const SEE_A_PROFESSIONAL_CLASSES =
  'not-prose my-8 rounded-xl border-2 border-lane/40 bg-paper-raised p-5 font-serif text-[1.05rem] leading-relaxed';
const SEE_A_PROFESSIONAL_TITLE_CLASSES =
  'mb-2 font-sans text-sm font-extrabold tracking-[0.08em] text-lane uppercase';
const SEE_A_PROFESSIONAL_BODY_CLASSES = 'space-y-3';

const isDirective = (node: Node): node is Directive =>
  node.type === 'textDirective' ||
  node.type === 'leafDirective' ||
  node.type === 'containerDirective';

/** A directive's label (`:evidence[mixed]`) as plain text, or undefined when it has none. */
function labelOf(node: TextDirective): string | undefined {
  if (node.children.length === 0) return undefined;
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/** How a directive was written, for messages: `:name`, `::name` or `:::name`. */
const written = (node: Directive) =>
  `${{ textDirective: ':', leafDirective: '::', containerDirective: ':::' }[node.type]}${node.name}`;

/** A hast text node, for the parts of a callout that are fixed site text, not the writer's words. */
const text = (value: string) => ({ type: 'text' as const, value });

/**
 * Callouts in plain Markdown, so articles that need no component can be `.md` (Astro caches
 * rendered Markdown between builds and recompiles every MDX module; issue 21):
 *
 * - `:evidence[well-supported]` (or `:evidence{level=well-supported}`): the evidence badge of
 *   `<EvidenceLabel level="well-supported" />`;
 * - `:::see-a-professional` ... `:::`: the callout of `<SeeAProfessional>...</SeeAProfessional>`.
 *
 * Each becomes exactly the HTML its component renders (the badge's and the title's words are
 * site text from src/ui.ts and src/lib/taxonomy.ts, given as hast so no later plugin, such as
 * reading time or smart punctuation, takes them for the writer's prose). The directives are
 * parsed in `.mdx` too, since MDX extends the same pipeline; `.mdx` files may keep the
 * components. A bad level, a missing one, or any other directive stops the build naming the file
 * and line, so a typo is never shown to readers as a stray `:word`.
 */
export function remarkCallouts(this: Processor, options: CalloutOptions) {
  remarkDirective.call(this);
  return (tree: Root, file: VFile): void => {
    const path = file.path ? projectRelative(options.projectRoot, file.path) : '(unknown file)';
    const fail = (
      node: Node,
      field: string,
      value: string | undefined,
      problem: string,
      valid: string,
    ): never => {
      throw new ContentError({
        file: path,
        line: node.position?.start.line,
        field,
        value,
        problem,
        valid,
      });
    };
    visit(tree as Node, (node: Node) => {
      if (!isDirective(node)) return;
      if (node.type === 'textDirective' && node.name === 'evidence') {
        const fromLabel = labelOf(node);
        const fromAttribute = node.attributes?.level ?? undefined;
        const extra = Object.keys(node.attributes ?? {}).filter((name) => name !== 'level');
        if (extra.length > 0)
          fail(node, ':evidence attribute', extra[0], 'is not an attribute of :evidence', 'level');
        if (fromLabel !== undefined && fromAttribute !== undefined)
          fail(
            node,
            ':evidence level',
            `${fromLabel}" and "${fromAttribute}`,
            'is given twice',
            'one of :evidence[<level>] or :evidence{level=<level>}',
          );
        const level = fromLabel ?? fromAttribute;
        if (level === undefined || !(EVIDENCE_LEVEL_KEYS as readonly string[]).includes(level))
          fail(
            node,
            ':evidence level',
            level,
            level === undefined
              ? 'is missing (write :evidence[<level>])'
              : 'is not an evidence level',
            EVIDENCE_LEVEL_KEYS.join(', '),
          );
        const grade = level as EvidenceLevel;
        node.children = [];
        node.data = {
          hName: 'a',
          hProperties: {
            className: evidenceClasses(grade),
            href: withFragment(routes.about(), 'methodology'),
          },
          hChildren: [
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['sr-only'] },
              children: [text(`(${ui.evidenceLabel}: `)],
            },
            text(EVIDENCE_LEVELS[grade].label),
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['sr-only'] },
              children: [text(')')],
            },
          ],
        };
        return 'skip';
      }
      if (node.type === 'containerDirective' && node.name === 'see-a-professional') {
        const [first] = node.children;
        if (first?.type === 'paragraph' && first.data?.directiveLabel)
          fail(
            node,
            ':::see-a-professional',
            undefined,
            'takes no label (its title is fixed site text)',
            'a line with only :::see-a-professional',
          );
        if (Object.keys(node.attributes ?? {}).length > 0)
          fail(
            node,
            ':::see-a-professional',
            Object.keys(node.attributes ?? {})[0],
            'takes no attributes',
            'a line with only :::see-a-professional',
          );
        if (node.children.length === 0)
          fail(
            node,
            ':::see-a-professional',
            undefined,
            'is empty',
            'one or more paragraphs before the closing :::',
          );
        const title = {
          type: 'calloutTitle',
          data: {
            hName: 'p',
            hProperties: { className: SEE_A_PROFESSIONAL_TITLE_CLASSES.split(' ') },
            hChildren: [text(ui.seeAProfessional)],
          },
        };
        const body = {
          type: 'calloutBody',
          children: node.children,
          data: {
            hName: 'div',
            hProperties: { className: SEE_A_PROFESSIONAL_BODY_CLASSES.split(' ') },
          },
        };
        node.children = [title, body] as unknown as ContainerDirective['children'];
        node.data = {
          hName: 'aside',
          hProperties: {
            ariaLabel: ui.seeAProfessional,
            className: SEE_A_PROFESSIONAL_CLASSES.split(' '),
          },
        };
        return;
      }
      return fail(
        node,
        'directive',
        written(node),
        'is not a directive this site knows (write \\: for a literal colon before a word)',
        VALID_DIRECTIVES,
      );
    });
  };
}
