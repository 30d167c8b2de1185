// Post-build integrity check of dist/: every internal link, asset and #fragment resolves, and
// every external link uses https. Run by `npm test` after the build; `npm run check:dist` alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { findLinkProblems } from '../src/lib/link-check.ts';

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
const problems = findLinkProblems(pages, new Set(files), origin);
const linkCount = pages.reduce((sum, page) => sum + page.links.length, 0);
if (problems.length > 0) {
  for (const problem of problems)
    console.error(`${problem.page}: ${problem.url}: ${problem.problem}`);
  console.error(`\n${problems.length} broken link(s) in ${pages.length} pages.`);
  process.exit(1);
}
console.log(`Links OK: ${linkCount} links and assets in ${pages.length} pages resolve.`);
