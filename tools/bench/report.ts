import { KB } from './page-weight.ts';

/** Plain-text output of the benchmarks: sizes in KB and aligned tables. */

/** Bytes as KB with one decimal ("11.7"). */
export function kb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** "+0.3" / "-1.2" / "0.0": a change in KB, for comparing with the previous run. */
export function deltaKb(previous: number | undefined, current: number): string {
  if (previous === undefined) return 'new';
  const delta = (current - previous) / KB;
  return `${delta > 0 ? '+' : ''}${delta.toFixed(1)}`;
}
