import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './content-errors';

/**
 * Reads `content/references.json` the way a writer needs it read, before Astro's file loader
 * does: Astro reports a JSON syntax error against whichever article asked for the data first,
 * and keeps only the last of two entries with the same id (with a warning), so every article
 * citing the first one would cite the wrong paper. Here a syntax error names the file with its
 * line and column, and a repeated id stops the build naming both entries.
 */

/** One entry's problems as "field path" and message, from the reference schema. */
export type EntryValidator = (entry: unknown) => { path: PropertyKey[]; message: string }[];

/** Line and column (both from 1) of a character offset in a text. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Where JSON.parse stopped: its "at position N", or the end of the text when it ran out. */
function syntaxErrorOffset(source: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  return position ? Number(position[1]) : source.length;
}

/**
 * Every problem of a references file: a syntax error (alone: nothing else can be read), an
 * entry that is not an object or has no id, a repeated id, and, with `validate`, each entry's
 * schema problems, all with the line of the entry.
 */
export function referencesFileProblems(
  source: string,
  file: string,
  validate?: EntryValidator,
): ContentProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = lineAndColumn(source, syntaxErrorOffset(source, message));
    // V8's own wording, without its position (given here as line and column).
    const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/\.$/, '');
    return [
      {
        file,
        line,
        field: 'JSON',
        problem: `is not valid JSON at line ${line}, column ${column} (${reason})`,
        valid:
          'a JSON array of reference objects; check the commas, quotes and brackets just before that point',
      },
    ];
  }
  if (!Array.isArray(data)) {
    return [
      {
        file,
        field: 'JSON',
        problem: 'is not a list of references',
        valid: 'a JSON array [ {...}, {...} ]',
      },
    ];
  }

  // JSON is YAML, so the YAML parser gives each entry's line (JSON.parse keeps no positions).
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter });
  const items = isSeq(document.contents) ? document.contents.items : [];
  const lineOf = (index: number): number | undefined => {
    const item = items[index];
    if (!isMap(item)) return undefined;
    const idPair = item.items.find((pair) => isScalar(pair.key) && pair.key.value === 'id');
    const node = idPair && isScalar(idPair.value) ? idPair.value : item;
    return node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };

  const problems: ContentProblem[] = [];
  const firstIndexOf = new Map<string, number>();
  data.forEach((entry: unknown, index) => {
    const line = lineOf(index);
    const id =
      entry !== null &&
      typeof entry === 'object' &&
      typeof (entry as { id?: unknown }).id === 'string'
        ? (entry as { id: string }).id
        : undefined;
    if (id !== undefined) {
      const first = firstIndexOf.get(id);
      if (first === undefined) firstIndexOf.set(id, index);
      else {
        problems.push({
          file,
          line,
          field: `[${index}].id`,
          value: id,
          problem: `is the id of two entries, number ${first + 1} (line ${lineOf(first) ?? '?'}) and number ${index + 1} (line ${line ?? '?'}); the second would silently replace the first, so articles citing "${id}" would cite the wrong source`,
          valid:
            'one entry per id: remove the copy, or give the new source its own id (author-year plus a letter, as in "smith-2020b")',
        });
      }
    }
    for (const issue of validate?.(entry) ?? []) {
      const field = `[${index}]${issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
      const value = issue.path.reduce<unknown>(
        (node, key) =>
          node !== null && typeof node === 'object'
            ? (node as Record<PropertyKey, unknown>)[key]
            : undefined,
        entry,
      );
      problems.push({
        file,
        line,
        field: id === undefined ? field : `${field} (${id})`,
        value: typeof value === 'string' || typeof value === 'number' ? String(value) : undefined,
        problem: issue.message,
      });
    }
  });
  return problems;
}
