/**
 * One format for every error a writer can cause, so messages read the same whether they come
 * from a schema, a cross-link or a citation: where, what, the bad value, and what would be valid.
 */
export interface ContentProblem {
  /** File path relative to the project root, for example "content/articles/x.mdx". */
  file: string;
  /** Line number in the file, when known. */
  line?: number | undefined;
  /** Front-matter field or kind of element ("cross-link", "citation"). */
  field: string;
  /** The value the writer wrote. */
  value?: string | undefined;
  /** What is wrong, as a sentence fragment. */
  problem: string;
  /** What would be accepted instead. */
  valid?: string | undefined;
}

/** Formats a problem as one readable line (plus a "valid" hint when there is one). */
export function formatContentProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const value = p.value === undefined ? '' : ` "${p.value}"`;
  const hint = p.valid ? ` Valid: ${p.valid}.` : '';
  return `${where}: ${p.field}${value}: ${p.problem}.${hint}`;
}

/** An Error whose message is a formatted content problem (the build shows it as is). */
export class ContentError extends Error {
  constructor(problem: ContentProblem) {
    super(formatContentProblem(problem));
    this.name = 'ContentError';
  }
}

/**
 * The few closest candidates to a bad value, for "did you mean" hints: same prefix first, then
 * shared words. Keeps long lists (all reference ids) readable in one line.
 */
export function closestMatches(value: string, candidates: readonly string[], limit = 5): string[] {
  const words = new Set(value.split('-'));
  const score = (candidate: string): number => {
    let prefix = 0;
    while (prefix < Math.min(value.length, candidate.length) && value[prefix] === candidate[prefix])
      prefix++;
    const shared = candidate.split('-').filter((word) => words.has(word)).length;
    return prefix * 2 + shared * 3;
  };
  return [...candidates]
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => b.score - a.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
