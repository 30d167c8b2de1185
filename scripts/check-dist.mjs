// Post-build integrity check of dist/: every internal link, asset and #fragment resolves, every
// external link uses https, and every page passes the per-page checks of src/lib/page-check.ts
// (title, description, canonical, OG image, image alt and size, safe new-tab links, a CSP that
// hashes each inline script and style). Run by `npm test` after the build; `npm run check:dist`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { findLinkProblems } from '../src/lib/link-check.ts';
import { findPageProblems, pageFacts } from '../src/lib/page-check.ts';

const DIST = 'dist';

/** Every file under dist/, as URL paths ("/articles/x/index.html"). */
function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`)
      : [`${prefix}/${entry.name}`],
  );
}

/** Ids and links of one HTML file. */
function parsePage(file) {
  const ids = new Set();
  const links = [];
  const parser = new Parser({
    onopentag(tag, attributes) {
      if (attributes.id) ids.add(attributes.id);
      for (const name of ['href', 'src']) {
        if (attributes[name]) links.push({ tag, url: attributes[name] });
      }
    },
  });
  parser.write(readFileSync(path.join(DIST, file), 'utf8'));
  parser.end();
  const pagePath = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return { path: pagePath, ids, links };
}

const files = listFiles(DIST);
const pages = files.filter((file) => file.endsWith('.html')).map(parsePage);
// Absolute links to our own origin (canonical, feeds) are checked like relative ones.
const origin = new URL(
  /<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8'))[1],
).origin;
const fileSet = new Set(files);
const problems = findLinkProblems(pages, fileSet, origin);
const linkCount = pages.reduce((sum, page) => sum + page.links.length, 0);
for (const problem of problems)
  console.error(`${problem.page}: ${problem.url}: ${problem.problem}`);

let pageProblemCount = 0;
for (const page of pages) {
  const html = readFileSync(
    path.join(DIST, page.path.endsWith('/') ? `${page.path}index.html` : page.path),
    'utf8',
  );
  for (const problem of findPageProblems(pageFacts(html), {
    path: page.path,
    origin,
    files: fileSet,
  })) {
    console.error(`${page.path}: ${problem}`);
    pageProblemCount += 1;
  }
}

if (problems.length > 0 || pageProblemCount > 0) {
  console.error(
    `\n${problems.length} broken link(s) and ${pageProblemCount} page problem(s) in ${pages.length} pages.`,
  );
  process.exit(1);
}
console.log(
  `dist/ OK: ${linkCount} links and assets resolve; metadata, images, new-tab links and CSP hashes check out on ${pages.length} pages.`,
);
