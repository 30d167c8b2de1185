/**
 * Checks the links of a built site: every internal link, asset and #fragment must resolve to a
 * file (and an element id) in the output, and every external link must use https. Pure: it is
 * given the pages already parsed, so the script and the tests share it.
 */

export interface BuiltPage {
  /** URL path of the page, for example "/articles/x/". */
  path: string;
  /** Element ids on the page. */
  ids: ReadonlySet<string>;
  /** Every href/src on the page, with the tag it came from. */
  links: readonly { tag: string; url: string }[];
}

export interface LinkProblem {
  page: string;
  url: string;
  problem: string;
}

/** The file a root-relative URL path is served from (directories serve index.html). */
export function fileForPath(pathname: string): string {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  return pathname;
}

/**
 * Finds broken internal links, missing fragments and insecure external links.
 * `files` holds every file path in the output ("/articles/x/index.html", "/og/a.png").
 */
export function findLinkProblems(
  pages: readonly BuiltPage[],
  files: ReadonlySet<string>,
  origin: string,
): LinkProblem[] {
  const byFile = new Map(pages.map((page) => [fileForPath(page.path), page]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const { url } of page.links) {
      if (/^(mailto|tel):/.test(url)) continue;
      const resolved = new URL(url, `${origin}${page.path}`);
      if (resolved.origin !== origin) {
        if (resolved.protocol !== 'https:')
          problems.push({ page: page.path, url, problem: 'external link is not https' });
        continue;
      }
      const file = fileForPath(decodeURIComponent(resolved.pathname));
      if (!files.has(file)) {
        problems.push({ page: page.path, url, problem: `no file ${file} in the build` });
        continue;
      }
      const fragment = decodeURIComponent(resolved.hash.slice(1));
      if (fragment) {
        const target = byFile.get(file);
        if (target && !target.ids.has(fragment)) {
          problems.push({
            page: page.path,
            url,
            problem: `no element with id "${fragment}" on ${resolved.pathname}`,
          });
        }
      }
    }
  }
  return problems;
}
