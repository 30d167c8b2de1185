// `npm run bench:build -- --articles N`: how the build scales. Copies the project to a temporary
// folder (node_modules linked entry by entry, so Astro's cache and the Open Graph cache there are
// the copy's own), adds N synthetic articles (src/lib/synthetic-content.ts), then builds it cold
// (empty caches) and warm (caches filled, nothing changed) and reports time, time per page, peak
// memory and how many Open Graph cards each build rendered or took from the cache. A warm build
// that renders any card fails. Options: --articles N (default 100), --keep (leave the copy).
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticArticle } from '../src/lib/synthetic-content.ts';
import { site } from '../src/site.config.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const ARTICLES = Number(option('--articles', 100));
if (!Number.isInteger(ARTICLES) || ARTICLES < 2) {
  console.error('--articles: give a whole number of at least 2, for example --articles 1000');
  process.exit(1);
}
const ROOT = process.cwd();
/** What a build reads: everything but installed packages, outputs and caches. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'test-results',
  'test-reports',
  'bench-results',
  'playwright-report',
]);
/** Caches Astro and Vite keep in node_modules; the copy gets its own. */
const OWN_IN_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

const copy = mkdtempSync(path.join(os.tmpdir(), 'strong-miles-bench-'));
for (const entry of readdirSync(ROOT)) {
  if (!SKIP.has(entry)) cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
}
mkdirSync(path.join(copy, 'node_modules'));
for (const entry of readdirSync(path.join(ROOT, 'node_modules'))) {
  if (!OWN_IN_NODE_MODULES.has(entry))
    symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(copy, 'node_modules', entry));
}
const ogCache = path.join(copy, 'node_modules', '.astro', 'og-cache');

const content = path.join(copy, 'content');
const references = JSON.parse(readFileSync(path.join(content, 'references.json'), 'utf8'));
const idsIn = (folder) =>
  readdirSync(path.join(content, folder))
    .map((file) => file.replace(/\.(mdx?|yaml)$/, ''))
    .sort();
const inputs = {
  referenceIds: references.map((reference) => reference.id),
  exerciseIds: idsIn('exercises'),
  programIds: idsIn('programs'),
  authorId: idsIn('authors')[0],
};
for (let index = 0; index < ARTICLES; index++) {
  const { fileName, text } = syntheticArticle(index, ARTICLES, inputs);
  writeFileSync(path.join(content, 'articles', fileName), text);
}
console.log(
  `${ARTICLES} synthetic articles (+ ${idsIn('articles').length - ARTICLES} real) in ${copy}`,
);

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  OG_CACHE_DIR: ogCache,
  PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
};
const countFiles = (folder) =>
  existsSync(folder)
    ? readdirSync(folder, { recursive: true }).filter((file) => /\.\w+$/.test(String(file))).length
    : 0;

/** One `astro build` in the copy, timed, with the peak memory of the build process. */
function build(label) {
  const cardsBefore = countFiles(ogCache);
  const started = process.hrtime.bigint();
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : 'npx';
  const commandArgs = useTime ? ['-v', 'npx', 'astro', 'build'] : ['astro', 'build'];
  const result = spawnSync(command, commandArgs, {
    cwd: copy,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // Astro's log has a timestamp per step: kept so a slow phase can be found afterwards.
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench-results', `build-${ARTICLES}-${label}.log`),
    `${result.stdout}\n${result.stderr}`,
  );
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} build failed (exit ${result.status}); the copy is in ${copy}`);
  }
  const peakKb = Number(
    /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1] ?? Number.NaN,
  );
  const pages = readdirSync(path.join(copy, 'dist'), { recursive: true }).filter((file) =>
    String(file).endsWith('.html'),
  ).length;
  const cards = countFiles(path.join(copy, 'dist', 'og'));
  const rendered = countFiles(ogCache) - cardsBefore;
  // Feeds must not grow with the archive (site.feedArticleLimit): readers download them often.
  const rss = readFileSync(path.join(copy, 'dist', 'rss.xml'), 'utf8');
  const feedItems = rss.match(/<item>/g)?.length ?? 0;
  if (feedItems > site.feedArticleLimit)
    throw new Error(
      `rss.xml has ${feedItems} items; site.feedArticleLimit is ${site.feedArticleLimit}`,
    );
  return {
    label,
    seconds,
    pages,
    msPerPage: (seconds * 1000) / pages,
    peakMb: peakKb / 1024,
    cards,
    rendered,
    reused: cards - rendered,
    feedItems,
    feedKb: Buffer.byteLength(rss) / 1024,
  };
}

let exitCode = 0;
try {
  const cold = build('cold');
  const warm = build('warm');
  const rows = [cold, warm].map((run) => [
    run.label,
    run.pages,
    `${run.seconds.toFixed(1)} s`,
    `${run.msPerPage.toFixed(1)} ms`,
    Number.isNaN(run.peakMb) ? 'n/a' : `${Math.round(run.peakMb)} MB`,
    `${run.rendered} rendered, ${run.reused} reused of ${run.cards}`,
  ]);
  const widths = [5, 6, 9, 10, 8, 40];
  console.log(
    `\n${['build', 'pages', 'total', 'per page', 'peak RSS', 'Open Graph cards'].map((h, i) => h.padEnd(widths[i])).join('  ')}`,
  );
  for (const row of rows)
    console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('  '));
  if (warm.rendered !== 0) {
    console.error(
      `\nThe warm build rendered ${warm.rendered} Open Graph cards that had not changed: the cache is not working.`,
    );
    exitCode = 1;
  } else {
    console.log(`\nWarm build: all ${warm.cards} Open Graph cards came from the cache.`);
  }
  console.log(`RSS feed: the newest ${warm.feedItems} articles, ${Math.round(warm.feedKb)} KB.`);
  writeFileSync(
    path.join(ROOT, 'bench-results', `build-${ARTICLES}.json`),
    `${JSON.stringify({ articles: ARTICLES, cold, warm }, null, 2)}\n`,
  );
} finally {
  if (args.includes('--keep')) console.log(`Kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
process.exit(exitCode);
