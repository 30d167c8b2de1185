import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../lib/dist.ts';

/**
 * `npm run check:reproducible` (about two builds' time): two clean builds of the same commit must
 * give byte-identical HTML, XML, JSON, calendars and text files (no build timestamps, random ids
 * or unordered output). Images are compared too.
 */

/**
 * Pagefind's filter and metadata indexes are written from hash maps in arbitrary order, so
 * their bytes (and the names that carry their hashes) change between identical builds: a known
 * upstream limitation (github.com/Pagefind/pagefind/issues/638; the maintainer fixed the
 * fragments, which hold the indexed text, and said the filter/metadata indexes still vary). The
 * search they give is the same. Everything else, the rest of /pagefind/ included, must match.
 */
const KNOWN_UNSTABLE = [
  /^pagefind\/filter\/[^/]+\.pf_filter$/,
  /^pagefind\/pagefind\.[^/]+\.pf_meta$/,
  /^pagefind\/pagefind-entry\.json$/,
];

/** Content hashes of every file under a folder, by relative path. */
function hashTree(dir: string): Map<string, string> {
  return new Map(
    filesUnder(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** A clean build: no dist/ and no cached content store (rendered Markdown is cached there). */
function cleanBuild(): Map<string, string> {
  rmSync('dist', { recursive: true, force: true });
  rmSync('node_modules/.astro/data-store.json', { force: true });
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('The build failed; run npm run build to see why.');
  return hashTree('dist');
}

const first = cleanBuild();
const second = cleanBuild();
const files = [...new Set([...first.keys(), ...second.keys()])].sort();
const isKnownUnstable = (file: string) => KNOWN_UNSTABLE.some((pattern) => pattern.test(file));
const different = files.filter(
  (file) => first.get(file) !== second.get(file) && !isKnownUnstable(file),
);
const unstable = files.filter((file) => isKnownUnstable(file));
// Same number of unstable files in each build: only their order-dependent bytes may vary.
const countIn = (build: Map<string, string>) => [...build.keys()].filter(isKnownUnstable).length;
if (countIn(first) !== countIn(second)) {
  console.error(
    `Not reproducible: Pagefind wrote ${countIn(first)} then ${countIn(second)} index files.`,
  );
  process.exit(1);
}
if (different.length > 0) {
  console.error(
    `Not reproducible: ${different.length} of ${files.length} files differ between two clean builds:`,
  );
  for (const file of different.slice(0, 20)) console.error(`  ${file}`);
  process.exit(1);
}
console.log(
  `Reproducible: ${files.length - unstable.length} files byte-identical across two clean builds ` +
    `(plus ${countIn(first)} Pagefind filter/metadata index files, which upstream writes in arbitrary order).`,
);
