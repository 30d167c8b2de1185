import type { MdastNode, MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { ContentError } from '../lib/content-errors.ts';
import { routes, withFragment } from '../lib/routes.ts';
import { EVIDENCE_LEVEL_KEYS, EVIDENCE_LEVELS, type EvidenceLevel } from '../lib/taxonomy.ts';
import { ui } from '../ui.ts';
import { lineOf, shownPathOf } from './context.ts';

export interface CalloutOptions {
  /** Absolute path of the project root (for messages). */
  projectRoot: string;
  /**
   * Not read here: the Markdown pipeline's digest (src/integrations/content/pipeline-digest.ts),
   * which Astro hashes with the rest of its config into the key of its content cache.
   */
  cacheKey?: string | undefined;
}

type Directive = Extract<
  MdastNode,
  { type: 'containerDirective' | 'leafDirective' | 'textDirective' }
>;
type TextDirective = Extract<MdastNode, { type: 'textDirective' }>;

/** The node type an evidence badge becomes; later plugins (evidence-labels.ts) look for it. */
export const EVIDENCE_BADGE = 'evidenceBadge';

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

/** A directive's label (`:evidence[mixed]`) as plain text, or undefined when it has none. */
function labelOf(node: Readonly<TextDirective>): string | undefined {
  if (node.children.length === 0) return undefined;
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/** How a directive was written, for messages: `:name`, `::name` or `:::name`. */
const written = (node: Readonly<Directive>) =>
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
 *
 * Runs first, on Sätteri's parse with the `directive` feature on (src/markdown/pipeline.ts).
 */
export function calloutsPlugin(options: CalloutOptions): MdastPluginDefinition & {
  cacheKey?: string;
} {
  const fail = (
    ctx: MdastVisitorContext,
    node: Readonly<Directive>,
    field: string,
    value: string | undefined,
    problem: string,
    valid: string,
  ): never => {
    throw new ContentError({
      file: shownPathOf(ctx, options.projectRoot),
      line: lineOf(node, ctx),
      field,
      value,
      problem,
      valid,
    });
  };
  const unknown = (node: Readonly<Directive>, ctx: MdastVisitorContext): never =>
    fail(
      ctx,
      node,
      'directive',
      written(node),
      'is not a directive this site knows (write \\: for a literal colon before a word)',
      VALID_DIRECTIVES,
    );

  const literal = (node: Readonly<Directive>, ctx: MdastVisitorContext) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return unknown(node, ctx);
    ctx.replaceNode(node, { type: 'text', value: ctx.source.slice(start.offset, end.offset) });
  };

  return {
    name: 'strong-miles:callouts',
    options: { position: true },
    // Plain data, so Astro's JSON view of its config (the key of its content cache) carries it.
    ...(options.cacheKey === undefined ? {} : { cacheKey: options.cacheKey }),
    leafDirective: unknown,
    textDirective(node, ctx) {
      // Sätteri reads "2:1" as a directive named "1"; Markdown's directive syntax (and
      // remark-directive) wants a name starting with a letter, so such text stays as written.
      if (!/^[a-z]/i.test(node.name)) return literal(node, ctx);
      if (node.name !== 'evidence') return unknown(node, ctx);
      const fromLabel = labelOf(node);
      const attributes = node.attributes ?? {};
      const fromAttribute = attributes.level ?? undefined;
      const extra = Object.keys(attributes).filter((name) => name !== 'level');
      if (extra.length > 0)
        fail(
          ctx,
          node,
          ':evidence attribute',
          extra[0],
          'is not an attribute of :evidence',
          'level',
        );
      if (fromLabel !== undefined && fromAttribute !== undefined)
        fail(
          ctx,
          node,
          ':evidence level',
          `${fromLabel}" and "${fromAttribute}`,
          'is given twice',
          'one of :evidence[<level>] or :evidence{level=<level>}',
        );
      const level = fromLabel ?? fromAttribute;
      if (level === undefined || !(EVIDENCE_LEVEL_KEYS as readonly string[]).includes(level))
        fail(
          ctx,
          node,
          ':evidence level',
          level,
          level === undefined
            ? 'is missing (write :evidence[<level>])'
            : 'is not an evidence level',
          EVIDENCE_LEVEL_KEYS.join(', '),
        );
      const grade = level as EvidenceLevel;
      ctx.replaceNode(node, {
        type: EVIDENCE_BADGE,
        data: {
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
        },
      });
    },
    containerDirective(node, ctx) {
      if (node.name !== 'see-a-professional') return unknown(node, ctx);
      const [first] = node.children;
      if (first?.type === 'paragraph' && first.data?.directiveLabel)
        fail(
          ctx,
          node,
          ':::see-a-professional',
          undefined,
          'takes no label (its title is fixed site text)',
          'a line with only :::see-a-professional',
        );
      const attributes = Object.keys(node.attributes ?? {});
      if (attributes.length > 0)
        fail(
          ctx,
          node,
          ':::see-a-professional',
          attributes[0],
          'takes no attributes',
          'a line with only :::see-a-professional',
        );
      if (node.children.length === 0)
        fail(
          ctx,
          node,
          ':::see-a-professional',
          undefined,
          'is empty',
          'one or more paragraphs before the closing :::',
        );
      // The writer's blocks pass through by identity, so badges inside them still get replaced.
      ctx.replaceNode(node, {
        type: 'seeAProfessional',
        data: {
          hName: 'aside',
          hProperties: {
            ariaLabel: ui.seeAProfessional,
            className: SEE_A_PROFESSIONAL_CLASSES.split(' '),
          },
        },
        children: [
          {
            type: 'calloutTitle',
            data: {
              hName: 'p',
              hProperties: { className: SEE_A_PROFESSIONAL_TITLE_CLASSES.split(' ') },
              hChildren: [text(ui.seeAProfessional)],
            },
          },
          {
            type: 'calloutBody',
            data: {
              hName: 'div',
              hProperties: { className: SEE_A_PROFESSIONAL_BODY_CLASSES.split(' ') },
            },
            children: [...node.children],
          },
        ],
      });
    },
  };
}
