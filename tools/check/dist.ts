import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Parser } from 'htmlparser2';
import { builtFileProblems, filesUnder, htmlPagesUnder } from '../lib/dist.ts';
import { intermediateEntries } from '../lib/release.ts';
import { findLinkProblems, type BuiltPage } from './link-check.ts';
import { findPageProblems, pageFacts } from './page-check.ts';

/**
 * `npm run check:dist`: post-build integrity check of dist/. Every internal link, asset and
 * #fragment resolves, every external link uses https, and every page passes the per-page checks
 * of tools/check/page-check.ts (title, description, canonical, OG image, image alt and size, safe
 * new-tab links, a CSP that hashes each inline script and style), every .br and .gz decodes to
 * the file beside it and every PNG is whole (tools/lib/dist.ts). Run by `npm test` after the
 * build. Option: --dist FOLDER (default dist).
 */
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const DIST = path.resolve(values.dist);

/** Ids and links of one HTML document. */
function idsAndLinks(html: string): Pick<BuiltPage, 'ids' | 'links'> {
  const ids = new Set<string>();
  const links: { tag: string; url: string }[] = [];
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (attributes.id) ids.add(attributes.id);
      for (const name of ['href', 'src']) {
        const url = attributes[name];
        if (url) links.push({ tag, url });
      }
    },
  });
  parser.write(html);
  parser.end();
  return { ids, links };
}

const files = new Set(filesUnder(DIST).map((file) => `/${file}`));
const pages = htmlPagesUnder(DIST).map(({ urlPath, file }) => {
  const html = readFileSync(path.join(DIST, file), 'utf8');
  return { path: urlPath, html, ...idsAndLinks(html) };
});
// Absolute links to our own origin (canonical, feeds) are checked like relative ones.
const firstLoc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8'));
if (!firstLoc) throw new Error(`${DIST}/sitemap-0.xml lists no page.`);
const origin = new URL(firstLoc[1]!).origin;

const linkProblems = findLinkProblems(pages, files, origin);
for (const problem of linkProblems)
  console.error(`${problem.page}: ${problem.url}: ${problem.problem}`);

let pageProblemCount = 0;
for (const page of pages) {
  for (const problem of findPageProblems(pageFacts(page.html), {
    path: page.path,
    origin,
    files,
  })) {
    console.error(`${page.path}: ${problem}`);
    pageProblemCount += 1;
  }
}

const fileProblems = builtFileProblems(DIST);
for (const problem of fileProblems) console.error(problem);
const checkedFiles = [...files].filter((file) => /\.(br|gz|png)$/.test(file)).length;

// Astro's .prerender/ working folder (draft text, build paths) or a temp file left by a step
// that stopped: never part of a finished build.
const intermediate = intermediateEntries(DIST);
for (const entry of intermediate) console.error(`${entry}: an intermediate file of the build`);

const linkCount = pages.reduce((sum, page) => sum + page.links.length, 0);
if (
  linkProblems.length > 0 ||
  pageProblemCount > 0 ||
  fileProblems.length > 0 ||
  intermediate.length > 0
) {
  console.error(
    `\n${linkProblems.length} broken link(s), ${pageProblemCount} page problem(s) in ${pages.length} pages, ${fileProblems.length} broken compressed copies or PNGs and ${intermediate.length} intermediate file(s).`,
  );
  process.exit(1);
}
console.log(
  `dist/ OK: ${linkCount} links and assets resolve; metadata, images, new-tab links and CSP hashes check out on ${pages.length} pages; ${checkedFiles} .br, .gz and PNG files decode whole.`,
);
