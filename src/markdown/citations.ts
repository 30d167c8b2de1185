import type { MdastNode, MdastPluginEntry, MdastVisitorContext } from 'satteri';
import {
  CitationNumbering,
  referenceCardId,
  firstAuthor,
  splitCitations,
  withoutCheckingNotes,
} from '../lib/citations.ts';
import { ContentError, closestMatches } from '../lib/content-errors.ts';
import { ui } from '../ui.ts';
import { frontmatterOf, lineOf, shownPathOf } from './context.ts';

/** What a citation mark needs of a reference: its id, and who and when for the mark's name. */
export interface CitableReference {
  id: string;
  authors: string;
  year: number;
}

export interface CitationOptions {
  /** The entries of `content/references.json` (asked once per document, so edits show in dev). */
  references: () => readonly CitableReference[];
  /** Absolute path of the project root (for messages). */
  projectRoot: string;
}

/** What the page needs to print the reference list: keys in number order with their marks. */
export type CitationList = ReturnType<CitationNumbering['list']>;

/**
 * Turns `[@key]` and `[@a; @b]` into numbered superscript marks, and stops the build on a key that
 * is not in `content/references.json`. Each mark is a button that opens its reference's card in
 * place (an HTML popover: no script), named for screen readers by number, first author and year
 * ("Reference 3: Støren 2008"); the page renders one card per reference after its list
 * (ReferenceCards.astro), and each card links to the full entry. The mark keeps an id, so the
 * list can link back to it. A plugin factory: the numbering starts afresh in each document.
 */
export function citationsPlugin(options: CitationOptions): MdastPluginEntry {
  let known:
    | {
        entries: readonly CitableReference[];
        list: string[];
        byId: ReadonlyMap<string, CitableReference>;
      }
    | undefined;
  const lookup = () => {
    const entries = options.references();
    if (known?.entries !== entries) {
      known = {
        entries,
        list: entries.map((entry) => entry.id),
        byId: new Map(entries.map((entry) => [entry.id, entry])),
      };
    }
    return known;
  };

  return () => {
    const { list, byId } = lookup();
    const numbering = new CitationNumbering();
    const unknownKey = (ctx: MdastVisitorContext, key: string, line: number | undefined) => {
      const suggestions = closestMatches(key, list);
      return new ContentError({
        file: shownPathOf(ctx, options.projectRoot),
        line,
        field: 'citation',
        value: `@${key}`,
        problem: 'is not an id in content/references.json',
        valid: suggestions.length
          ? `an id from content/references.json, for example ${suggestions.map((s) => `@${s}`).join(', ')}`
          : 'an id from content/references.json',
      });
    };
    return {
      name: 'strong-miles:citations',
      options: { position: true },
      text(node, ctx) {
        if (!node.value.includes('[@') || ctx.parent(node)?.type === 'link') return;
        const segments = splitCitations(node.value);
        if (segments.length === 1 && segments[0]?.kind === 'text') return;
        const replacement = segments.map((segment) => {
          if (segment.kind === 'text') return { type: 'text', value: segment.value } as const;
          const marks: object[] = [];
          segment.keys.forEach((key, position) => {
            const reference = byId.get(key);
            if (!reference) throw unknownKey(ctx, key, lineOf(node, ctx));
            const { number, anchorId } = numbering.cite(key);
            if (position > 0) marks.push({ type: 'text', value: ',' });
            const who = firstAuthor(withoutCheckingNotes(reference.authors));
            // A node of our own: Sätteri renders it as the <button> named in data.hName.
            marks.push({
              type: 'citationMark',
              children: [{ type: 'text', value: String(number) }],
              data: {
                hName: 'button',
                hProperties: {
                  type: 'button',
                  id: anchorId,
                  popovertarget: referenceCardId(key),
                  'aria-label': ui.citationMark(number, who, reference.year),
                },
              },
            });
          });
          // Rendered as <sup class="citation"> via data.hName.
          return {
            type: 'citation',
            children: marks,
            data: { hName: 'sup', hProperties: { className: ['citation'] } },
          };
        });
        ctx.replaceNode(node, replacement as MdastNode[]);
      },
      after(_root, ctx) {
        frontmatterOf(ctx).citations = numbering.list();
      },
    };
  };
}
