import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-errors';
import { EVIDENCE_LEVEL_KEYS } from '../lib/taxonomy';
import { projectRelative } from './vfile-helpers';

export interface EvidenceLabelOptions {
  /** Absolute path of the project root (for messages). */
  projectRoot: string;
}

/** The parts of an MDX JSX element (`<EvidenceLabel level="..." />`) this check reads. */
interface JsxElement extends Node {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

function isJsxElement(node: Node): node is JsxElement {
  return node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
}

/** Table headers that mark a column of evidence grades. */
const GRADE_COLUMN_HEADERS = new Set(['evidence', 'verdict', 'grade']);

/** A node's plain text (inline code and JSX elements count as no text). */
function plainText(node: Node): string {
  if ('value' in node && typeof node.value === 'string' && node.type === 'text') return node.value;
  const children = (node as Partial<Parent>).children ?? [];
  return children.map(plainText).join('');
}

function holdsEvidenceLabel(node: Node): boolean {
  let found = false;
  visit(node, (child: Node) => {
    if (isJsxElement(child) && child.name === 'EvidenceLabel') found = true;
    // `:evidence[...]` in .md (src/markdown/remark-callouts.ts, which checks its level).
    if (child.type === 'textDirective' && (child as Node & { name?: string }).name === 'evidence')
      found = true;
  });
  return found;
}

/**
 * Stops the build on a table whose grade column ("Evidence", "Verdict" or "Grade") has a cell
 * without an `<EvidenceLabel>`: a grade written as free text ("Mixed (indirect)") would drift
 * from the five grades and show no badge. Words after the badge are fine, for nuance.
 */
function checkGradeColumns(tree: Node, file: string): void {
  visit(tree, 'table', (table: Node) => {
    const [header, ...rows] = (table as Parent).children;
    if (!header) return;
    const columns = (header as Parent).children.flatMap((cell, index) =>
      GRADE_COLUMN_HEADERS.has(plainText(cell).trim().toLowerCase()) ? [index] : [],
    );
    for (const row of rows)
      for (const column of columns) {
        const cell = (row as Parent).children[column];
        if (!cell || holdsEvidenceLabel(cell)) continue;
        throw new ContentError({
          file,
          line: cell.position?.start.line,
          field: `table column "${plainText((header as Parent).children[column]!).trim()}"`,
          value: plainText(cell).trim(),
          problem:
            'is a grade written as text; write it as :evidence[<level>] (or <EvidenceLabel level="..." /> in .mdx)',
          valid: EVIDENCE_LEVEL_KEYS.join(', '),
        });
      }
  });
}

/**
 * Stops the build on an `<EvidenceLabel>` whose `level` is missing or not one of the claims
 * file's verdicts, or on a grade column of a table written as free text, naming the file and
 * line (the component would only say what was wrong, not where, because it renders after the
 * file is gone).
 */
export function remarkEvidenceLabels(options: EvidenceLabelOptions) {
  return (tree: Root, file: VFile): void => {
    const path = file.path ? projectRelative(options.projectRoot, file.path) : '(unknown file)';
    visit(tree as Node, (node: Node) => {
      if (!isJsxElement(node) || node.name !== 'EvidenceLabel') return;
      const level = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'level',
      )?.value;
      if (typeof level === 'string' && (EVIDENCE_LEVEL_KEYS as readonly string[]).includes(level))
        return;
      throw new ContentError({
        file: path,
        line: node.position?.start.line,
        field: 'EvidenceLabel level',
        value: typeof level === 'string' ? level : undefined,
        problem:
          typeof level === 'string'
            ? 'is not an evidence level'
            : 'is missing (write level="..." as a quoted string)',
        valid: EVIDENCE_LEVEL_KEYS.join(', '),
      });
    });
    checkGradeColumns(tree as Node, path);
  };
}
