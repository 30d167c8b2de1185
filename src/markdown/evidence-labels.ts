import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { ContentError } from '../lib/content-errors.ts';
import { EVIDENCE_LEVEL_KEYS } from '../lib/taxonomy.ts';
import { EVIDENCE_BADGE } from './callouts.ts';
import { lineOf, shownPathOf, walk, type TreeNode } from './context.ts';

export interface EvidenceLabelOptions {
  /** Absolute path of the project root (for messages). */
  projectRoot: string;
}

/** The parts of an MDX JSX element (`<EvidenceLabel level="..." />`) this check reads. */
interface JsxElement {
  readonly name: string | null;
  readonly attributes: readonly { type: string; name?: string; value?: unknown }[];
  readonly position?: { start: { line: number } } | undefined;
}

/** Table headers that mark a column of evidence grades. */
const GRADE_COLUMN_HEADERS = new Set(['evidence', 'verdict', 'grade']);

/** A node's plain text (inline code and JSX elements count as no text). */
function plainText(node: TreeNode): string {
  if (node.type === 'text' && typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

const isEvidenceLabel = (node: TreeNode) =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
  node.name === 'EvidenceLabel';

function holdsEvidenceLabel(cell: TreeNode): boolean {
  let found = false;
  walk({ type: 'cell', children: [cell] }, (node) => {
    // `:evidence[...]` in .md became a badge in src/markdown/callouts.ts, which checks its level.
    if (isEvidenceLabel(node) || node.type === EVIDENCE_BADGE) found = true;
  });
  return found;
}

/**
 * Stops the build on an `<EvidenceLabel>` whose `level` is missing or not one of the claims
 * file's verdicts, or on a grade column of a table written as free text ("Mixed (indirect)"),
 * which would drift from the five grades and show no badge (words after the badge are fine, for
 * nuance), naming the file and line (the component would only say what was wrong, not where,
 * because it renders after the file is gone). Runs after the callouts.
 */
export function evidenceLabelsPlugin(options: EvidenceLabelOptions): MdastPluginDefinition {
  const checkLevel = (node: Readonly<JsxElement>, ctx: MdastVisitorContext) => {
    if (node.name !== 'EvidenceLabel') return;
    const level = node.attributes.find(
      (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'level',
    )?.value;
    if (typeof level === 'string' && (EVIDENCE_LEVEL_KEYS as readonly string[]).includes(level))
      return;
    throw new ContentError({
      file: shownPathOf(ctx, options.projectRoot),
      line: lineOf(node, ctx),
      field: 'EvidenceLabel level',
      value: typeof level === 'string' ? level : undefined,
      problem:
        typeof level === 'string'
          ? 'is not an evidence level'
          : 'is missing (write level="..." as a quoted string)',
      valid: EVIDENCE_LEVEL_KEYS.join(', '),
    });
  };
  return {
    name: 'strong-miles:evidence-labels',
    options: { position: true },
    mdxJsxFlowElement: checkLevel,
    mdxJsxTextElement: checkLevel,
    table(table, ctx) {
      const [header, ...rows] = table.children as unknown as TreeNode[];
      if (!header) return;
      const headerCells = header.children ?? [];
      const columns = headerCells.flatMap((cell, index) =>
        GRADE_COLUMN_HEADERS.has(plainText(cell).trim().toLowerCase()) ? [index] : [],
      );
      for (const row of rows)
        for (const column of columns) {
          const cell = row.children?.[column];
          if (!cell || holdsEvidenceLabel(cell)) continue;
          throw new ContentError({
            file: shownPathOf(ctx, options.projectRoot),
            line: lineOf(cell as never, ctx),
            field: `table column "${plainText(headerCells[column]!).trim()}"`,
            value: plainText(cell).trim(),
            problem:
              'is a grade written as text; write it as :evidence[<level>] (or <EvidenceLabel level="..." /> in .mdx)',
            valid: EVIDENCE_LEVEL_KEYS.join(', '),
          });
        }
    },
  };
}
