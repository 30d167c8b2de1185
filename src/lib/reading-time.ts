/**
 * Estimated reading time of an MDX body: counts words a reader sees, ignoring markup,
 * component tags, citation keys and link targets.
 */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[@[^\]]+\]/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>|`-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  if (wordsPerMinute <= 0) throw new Error('wordsPerMinute must be positive');
  return Math.max(1, Math.round(words / wordsPerMinute));
}
