import GithubSlugger from 'github-slugger';

/**
 * Heading ids as Astro generates them (github-slugger over the heading's text), computed from a
 * Markdown source so a cross-link's `#fragment` can be checked before the target is rendered.
 */
export function headingIdsOf(markdown: string): string[] {
  const slugger = new GithubSlugger();
  const withoutFrontMatter = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const withoutCode = withoutFrontMatter.replace(/^```[\s\S]*?^```/gm, '');
  const ids: string[] = [];
  for (const match of withoutCode.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)) {
    ids.push(slugger.slug(plainText(match[1] ?? '')));
  }
  return ids;
}

/** Strips inline Markdown (links, emphasis, code ticks) down to the text a reader sees. */
function plainText(inline: string): string {
  return inline
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}
