import type { Root } from 'mdast';
import type { Node } from 'unist';
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

/**
 * Stops the build on an `<EvidenceLabel>` whose `level` is missing or not one of the claims
 * file's verdicts, naming the file and line (the component would only say what was wrong, not
 * where, because it renders after the file is gone).
 */
export function remarkEvidenceLabels(options: EvidenceLabelOptions) {
  return (tree: Root, file: VFile): void => {
    visit(tree as Node, (node: Node) => {
      if (!isJsxElement(node) || node.name !== 'EvidenceLabel') return;
      const level = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'level',
      )?.value;
      if (typeof level === 'string' && (EVIDENCE_LEVEL_KEYS as readonly string[]).includes(level))
        return;
      throw new ContentError({
        file: file.path ? projectRelative(options.projectRoot, file.path) : '(unknown file)',
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
  };
}
