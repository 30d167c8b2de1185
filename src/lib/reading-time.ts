import { CITATION_GROUP } from './citations';

/**
 * "N min read": words in the text a reader sees (src/markdown/reading-time.ts collects
 * that text from the Markdown tree while the page renders), at a reading speed.
 */

/** Words in running text: citation keys and Markdown punctuation out, then tokens with a letter or digit. */
export function countWords(text: string): number {
  return text
    .replace(CITATION_GROUP, ' ')
    .replace(/[#*_>|`-]+/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  if (wordsPerMinute <= 0) throw new Error('wordsPerMinute must be positive');
  return Math.max(1, Math.round(words / wordsPerMinute));
}
