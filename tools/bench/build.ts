import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../../src/site.config.ts';
import { filesUnder } from '../lib/dist.ts';
import { copyProject } from '../lib/project-copy.ts';
import { formatTable } from './report.ts';
import { syntheticArticle } from './synthetic-content.ts';

/**
 * `npm run bench:build -- --articles N`: how the build scales. Copies the project to a temporary
 * folder (tools/lib/project-copy.ts: Astro's cache and the Open Graph cache there are the copy's
 * own), adds N synthetic articles (tools/bench/synthetic-content.ts), then builds it cold (empty
 * caches) and warm (caches filled, nothing changed) and reports time, time per page, peak memory
 * and how many Open Graph cards each build rendered or took from the cache. A warm build that
 * renders any card fails. Options: --articles N (default 100), --keep (leave the copy).
 */
const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(options.articles);
if (!Number.isInteger(ARTICLES) || ARTICLES < 2) {
  console.error('--articles: give a whole number of at least 2, for example --articles 1000');
  process.exit(1);
}
const ROOT = process.cwd();
const copy = copyProject({ prefix: 'strong-miles-bench-' });
const ogCache = path.join(copy, 'node_modules', '.astro', 'og-cache');

const content = path.join(copy, 'content');
const references = JSON.parse(readFileSync(path.join(content, 'references.json'), 'utf8')) as {
  id: string;
}[];
const idsIn = (folder: string) =>
  readdirSync(path.join(content, folder))
    .map((file) => file.replace(/\.(mdx?|yaml)$/, ''))
    .sort();
const inputs = {
  referenceIds: references.map((reference) => reference.id),
  exerciseIds: idsIn('exercises'),
  programIds: idsIn('programs'),
  authorId: idsIn('authors')[0] ?? 'editorial-team',
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
const countFiles = (folder: string) => (existsSync(folder) ? filesUnder(folder).length : 0);

/** One `astro build` in the copy, timed, with the peak memory of the build process. */
function build(label: string) {
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
  const pages = filesUnder(path.join(copy, 'dist')).filter((file) => file.endsWith('.html')).length;
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
    String(run.pages),
    `${run.seconds.toFixed(1)} s`,
    `${run.msPerPage.toFixed(1)} ms`,
    Number.isNaN(run.peakMb) ? 'n/a' : `${Math.round(run.peakMb)} MB`,
    `${run.rendered} rendered, ${run.reused} reused of ${run.cards}`,
  ]);
  console.log(
    `\n${formatTable(['build', 'pages', 'total', 'per page', 'peak RSS', 'Open Graph cards'], rows)}`,
  );
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
  if (options.keep) console.log(`Kept ${copy}`);
  else rmSync(copy, { recursive: true, force: true });
}
process.exit(exitCode);
