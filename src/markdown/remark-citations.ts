import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CitationNumbering, referenceAnchorId, splitCitations } from '../lib/citations';
import { ContentError, closestMatches } from '../lib/content-errors';
import { frontmatterOf, projectRelative } from './vfile-helpers';

export interface CitationOptions {
  /** The ids of `content/references.json` (asked once per document, so edits show in dev). */
  referenceIds: () => readonly string[];
  /** Absolute path of the project root (for messages). */
  projectRoot: string;
}

/** What the page needs to print the reference list: keys in number order with their marks. */
export type CitationList = ReturnType<CitationNumbering['list']>;

/**
 * Turns `[@key]` and `[@a; @b]` into numbered superscript links to the reference list, and
 * stops the build on a key that is not in `content/references.json`.
 */
export function remarkCitations(options: CitationOptions) {
  let known: { list: readonly string[]; ids: ReadonlySet<string> } | undefined;

  return (tree: Root, file: VFile): void => {
    const list = options.referenceIds();
    if (known?.list !== list) known = { list, ids: new Set(list) };
    const { ids } = known;
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
          if (!ids.has(key)) {
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
          const link: Link = {
            type: 'link',
            url: `#${referenceAnchorId(key)}`,
            children: [{ type: 'text', value: String(number) }],
            data: { hProperties: { id: anchorId, 'aria-label': `Reference ${number}` } },
          };
          marks.push(link);
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
