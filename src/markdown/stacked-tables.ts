import type { Element, ElementContent, RootContent } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/**
 * Prepares every Markdown table to become a stack of cards on a phone (src/styles/prose.css):
 * each body cell gets its column's header text as `data-label`, which the CSS shows before the
 * value, so a row still reads "Beginner: Goblet squat" once the columns are gone. The table keeps
 * its elements; desktop and print show an ordinary table.
 *
 * Roles: `role="table"` on the table only. Rows and cells keep their native roles, because the
 * W3C Nu checker (`npm run check:nu`) rejects any role on a tr, th or td inside a table (ARIA in
 * HTML, since 2022, allows the matching ones but "NOT RECOMMENDED"; Nu still errors). Chromium
 * exposes the same table, rows, headers and cells with or without them when the phone layout
 * sets `display: block` (tests/e2e/tables.spec.ts reads its accessibility tree). The roles were
 * there for WebKit: Safari 14 to 16 dropped or garbled table semantics once `display` changed
 * (mdn/browser-compat-data#19994), and WebKit has since moved its table model from the layout
 * boxes to the elements (WebKit/WebKit#49595, 2025); no WebKit runs on our test machines. The
 * table's own role stays: Nu accepts it (a warning, "unnecessary") and it marks the table as one
 * whatever its `display`.
 *
 * It also drops the line breaks the Markdown compiler puts between a table's rows and cells:
 * they render as nothing, MDX already leaves them out, and without them a `.md` article's HTML
 * is byte for byte what it was as `.mdx` (a few dozen bytes a table, on pages with ~50 to spare).
 */
export function stackedTablesPlugin(): HastPluginDefinition {
  return {
    name: 'strong-miles:stacked-tables',
    element: {
      filter: ['table'],
      visit(table, ctx) {
        ctx.setProperty(table, 'role', 'table');
        const headers: string[] = [];
        visitStructure(table as Element, ctx, headers);
      },
    },
  };
}

/** Walks a table's rows and cells: whitespace between them goes, body cells get their labels. */
function visitStructure(node: Element, ctx: HastVisitorContext, headers: string[]): void {
  if (TABLE_STRUCTURE.has(node.tagName))
    for (const child of node.children) if (isWhitespace(child)) ctx.removeNode(child as never);
  if (node.tagName === 'tr') {
    let column = 0;
    for (const cell of node.children.filter(isElement)) {
      if (cell.tagName === 'th') {
        headers[column] = textOf(cell).trim();
      } else if (cell.tagName === 'td') {
        const label = headers[column];
        if (label) ctx.setProperty(cell as never, 'dataLabel', label);
      }
      column += 1;
    }
    return;
  }
  for (const child of node.children)
    if (isElement(child) && TABLE_STRUCTURE.has(child.tagName)) visitStructure(child, ctx, headers);
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';

/** Elements whose text children can only be whitespace between their rows or cells. */
const TABLE_STRUCTURE = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
const isWhitespace = (node: ElementContent): boolean =>
  node.type === 'text' && node.value.trim() === '';

/** The text a header cell shows (its links and emphasis flattened). */
function textOf(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
