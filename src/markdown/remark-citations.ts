import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  CitationNumbering,
  referenceCardId,
  firstAuthor,
  splitCitations,
  withoutCheckingNotes,
} from '../lib/citations';
import { ContentError, closestMatches } from '../lib/content-errors';
import { ui } from '../ui';
import { frontmatterOf, projectRelative } from './vfile-helpers';

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
 * place (an HTML popover: no script), named for screen readers by number, first author and year ("Reference 3: Støren 2008");
 * the page renders one card per reference after its list (ReferenceCards.astro), and each card
 * links to the full entry. The mark keeps an id, so the list can link back to it.
 */
export function remarkCitations(options: CitationOptions) {
  let known:
    | {
        entries: readonly CitableReference[];
        list: string[];
        byId: ReadonlyMap<string, CitableReference>;
      }
    | undefined;

  return (tree: Root, file: VFile): void => {
    const entries = options.references();
    if (known?.entries !== entries) {
      known = {
        entries,
        list: entries.map((entry) => entry.id),
        byId: new Map(entries.map((entry) => [entry.id, entry])),
      };
    }
    const { list, byId } = known;
    const numbering = new CitationNumbering();
    const relativeSource = file.path
      ? projectRelative(options.projectRoot, file.path)
      : '(unknown file)';

    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link') return;
      const segments = splitCitations(node.value);
      if (segments.length === 1 && segments[0]?.kind === 'text') return;
      const replacement: PhrasingContent[] = segments.map((segment) => {
        if (segment.kind === 'text') return { type: 'text', value: segment.value };
        const marks: PhrasingContent[] = [];
        segment.keys.forEach((key, position) => {
          const reference = byId.get(key);
          if (!reference) {
            const suggestions = closestMatches(key, list);
            throw new ContentError({
              file: relativeSource,
              line: node.position?.start.line,
              field: 'citation',
              value: `@${key}`,
              problem: 'is not an id in content/references.json',
              valid: suggestions.length
                ? `an id from content/references.json, for example ${suggestions.map((s) => `@${s}`).join(', ')}`
                : 'an id from content/references.json',
            });
          }
          const { number, anchorId } = numbering.cite(key);
          if (position > 0) marks.push({ type: 'text', value: ',' });
          const who = firstAuthor(withoutCheckingNotes(reference.authors));
          // A custom node: mdast-to-hast renders it as the <button> named in data.hName.
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
          } as unknown as PhrasingContent);
        });
        // A custom node: mdast-to-hast renders it as <sup class="citation"> via data.hName.
        return {
          type: 'citation',
          children: marks,
          data: { hName: 'sup', hProperties: { className: ['citation'] } },
        } as unknown as PhrasingContent;
      });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });

    frontmatterOf(file).citations = numbering.list();
  };
}
