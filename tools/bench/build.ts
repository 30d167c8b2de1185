import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../../src/site.config.ts';
import { filesUnder } from '../lib/dist.ts';
import { BUILD_HEAP_CAP_MB, withHeapCap } from '../lib/heap-cap.ts';
import { copyProject, PROJECT_ROOT } from '../lib/project-copy.ts';
import { BUILD_PHASES, buildPhases, type PhaseTimes } from './build-phases.ts';
import { formatTable } from './report.ts';
import { syntheticArticle } from './synthetic-content.ts';

/**
 * `npm run bench:build -- --articles N`: how the build scales. Copies the project to a temporary
 * folder (tools/lib/project-copy.ts: Astro's cache and the Open Graph cache there are the copy's
 * own), adds N synthetic articles (tools/bench/synthetic-content.ts), then builds it cold (empty
 * caches) and warm (caches filled, nothing changed) and reports time, time per page, peak memory,
 * the time of each phase (tools/bench/build-phases.ts) and how many Open Graph cards each build
 * rendered or took from the cache. A warm build that renders any card fails.
 * Options: --articles N (default 100), --keep (leave the copies), --compare <git-ref> (also
 * build the same synthetic set with that commit, installed with `npm ci` in a temporary
 * folder, in the same run, and print this commit's times as ratios of that one's: absolute
 * times on shared machines move by 15% or more between runs).
 */
const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    compare: { type: 'string' },
    'heap-cap': { type: 'string', default: String(BUILD_HEAP_CAP_MB) },
  },
});
const HEAP_CAP_MB = Number(options['heap-cap']);
if (!Number.isInteger(HEAP_CAP_MB) || HEAP_CAP_MB < 0) {
  console.error('--heap-cap: megabytes of Node heap for each build, or 0 for no cap');
  process.exit(1);
}
const ARTICLES = Number(options.articles);
if (!Number.isInteger(ARTICLES) || ARTICLES < 2) {
  console.error('--articles: give a whole number of at least 2, for example --articles 1000');
  process.exit(1);
}
const RESULTS = path.join(PROJECT_ROOT, 'bench-results');
const cleanUp: string[] = [];

interface BuildResult {
  label: string;
  seconds: number;
  pages: number;
  msPerPage: number;
  peakMb: number;
  cards: number;
  rendered: number;
  reused: number;
  feedItems: number;
  feedKb: number;
  phases: PhaseTimes;
}

/** Ids a synthetic article may cite or link, read from a copy's own content/. */
function syntheticInputs(content: string) {
  const references = JSON.parse(readFileSync(path.join(content, 'references.json'), 'utf8')) as {
    id: string;
  }[];
  const idsIn = (folder: string) =>
    readdirSync(path.join(content, folder))
      .map((file) => file.replace(/\.(mdx?|yaml)$/, ''))
      .sort();
  return {
    referenceIds: references.map((reference) => reference.id),
    exerciseIds: idsIn('exercises'),
    programIds: idsIn('programs'),
    authorId: idsIn('authors')[0] ?? 'editorial-team',
  };
}

/**
 * The article file type a checkout reads: `.md` where its articles collection takes Markdown,
 * else `.mdx` (commits before articles could be plain Markdown read only MDX). The synthetic text
 * is the same either way: it uses no component.
 */
function articleExtensionOf(copy: string): '.md' | '.mdx' {
  const config = readFileSync(path.join(copy, 'src', 'content.config.ts'), 'utf8');
  return config.includes("'*.{md,mdx}'") ? '.md' : '.mdx';
}

/** A copy of `root` with the N synthetic articles added; returns the copy's folder. */
function prepareCopy(root: string, name: string): string {
  const copy = copyProject({ prefix: `strong-miles-bench-${name}-`, root });
  cleanUp.push(copy);
  const content = path.join(copy, 'content');
  const real = readdirSync(path.join(content, 'articles')).length;
  const inputs = syntheticInputs(content);
  const extension = articleExtensionOf(copy);
  for (let index = 0; index < ARTICLES; index++) {
    const { fileName, text } = syntheticArticle(index, ARTICLES, inputs, extension);
    writeFileSync(path.join(content, 'articles', fileName), text);
  }
  console.log(
    `${name}: ${ARTICLES} synthetic articles as ${extension} (+ ${real} real) in ${copy}`,
  );
  return copy;
}

/** One `astro build` in a copy, timed, with the peak memory of the build process. */
function build(copy: string, name: string, label: string): BuildResult {
  const ogCache = path.join(copy, 'node_modules', '.astro', 'og-cache');
  const countFiles = (folder: string) => (existsSync(folder) ? filesUnder(folder).length : 0);
  const env = withHeapCap(
    {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      OG_CACHE_DIR: ogCache,
      PATH: `${path.join(copy, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
    },
    HEAP_CAP_MB,
  );
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
  // The whole log is kept so a slow phase can be looked at afterwards.
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    path.join(RESULTS, `build-${ARTICLES}-${name}-${label}.log`),
    `${result.stdout}\n${result.stderr}`,
  );
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(
      `${name} ${label} build failed (exit ${result.status}); the copy is in ${copy}`,
    );
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
  return {
    label: `${name} ${label}`,
    seconds,
    pages,
    msPerPage: (seconds * 1000) / pages,
    peakMb: peakKb / 1024,
    cards,
    rendered,
    reused: cards - rendered,
    feedItems,
    feedKb: Buffer.byteLength(rss) / 1024,
    phases: buildPhases(`${result.stdout}\n${result.stderr}`, seconds * 1000),
  };
}

/** A checkout of `ref` with its own packages (`npm ci`), for --compare. */
function checkOut(ref: string): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'strong-miles-compare-'));
  cleanUp.push(folder);
  const archive = spawnSync('git', ['archive', '--format=tar', ref], {
    cwd: PROJECT_ROOT,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (archive.status !== 0) throw new Error(`git archive ${ref}: ${archive.stderr.toString()}`);
  spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  console.log(`${ref}: npm ci in ${folder}...`);
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: folder,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`npm ci for ${ref} failed:\n${install.stderr}`);
  return folder;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function printRuns(runs: readonly BuildResult[]) {
  const rows = runs.map((run) => [
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
  console.log(
    `\nTime per phase (start-up is what the others leave of the total)\n${formatTable(
      ['phase', ...runs.map((run) => run.label)],
      BUILD_PHASES.map((phase) => [phase, ...runs.map((run) => seconds(run.phases[phase]))]),
    )}`,
  );
}

let exitCode = 0;
try {
  const copy = prepareCopy(PROJECT_ROOT, 'this');
  const runs = [build(copy, 'this', 'cold'), build(copy, 'this', 'warm')];
  const [cold, warm] = runs as [BuildResult, BuildResult];
  let baseline: BuildResult[] = [];
  if (options.compare) {
    const other = prepareCopy(checkOut(options.compare), options.compare);
    baseline = [build(other, options.compare, 'cold'), build(other, options.compare, 'warm')];
  }
  console.log(
    HEAP_CAP_MB > 0 ? `Each build's Node heap capped at ${HEAP_CAP_MB} MB.` : 'No heap cap.',
  );
  printRuns([...runs, ...baseline]);
  if (baseline.length === 2) {
    const ratio = (now: number, then: number) => (then > 0 ? (now / then).toFixed(2) : 'n/a');
    const rows = (['cold', 'warm'] as const).map((kind, index) => {
      const now = runs[index]!;
      const then = baseline[index]!;
      return [kind, ratio(now.seconds, then.seconds), ratio(now.peakMb, then.peakMb)];
    });
    console.log(
      `\nThis commit as a ratio of ${options.compare} (same run, same synthetic set)\n${formatTable(
        ['build', 'time', 'peak RSS'],
        rows,
      )}`,
    );
  }
  if (warm.rendered !== 0) {
    console.error(
      `\nThe warm build rendered ${warm.rendered} Open Graph cards that had not changed: the cache is not working.`,
    );
    exitCode = 1;
  } else {
    console.log(`\nWarm build: all ${warm.cards} Open Graph cards came from the cache.`);
  }
  if (warm.feedItems > site.feedArticleLimit) {
    console.error(
      `rss.xml has ${warm.feedItems} items; site.feedArticleLimit is ${site.feedArticleLimit}`,
    );
    exitCode = 1;
  }
  console.log(`RSS feed: the newest ${warm.feedItems} articles, ${Math.round(warm.feedKb)} KB.`);
  writeFileSync(
    path.join(RESULTS, `build-${ARTICLES}.json`),
    `${JSON.stringify({ articles: ARTICLES, cold, warm, compare: options.compare, baseline }, null, 2)}\n`,
  );
} finally {
  if (options.keep) console.log(`Kept ${cleanUp.join(', ')}`);
  else for (const folder of cleanUp) rmSync(folder, { recursive: true, force: true });
}
process.exit(exitCode);
