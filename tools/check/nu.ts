import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { htmlPagesUnder } from '../lib/dist.ts';
import { formatNuError, JAVA_HINT, javaMissing, nuErrors, parseNuReport } from './nu-core.ts';

/**
 * `npm run check:nu`: every page of the build through the W3C Nu HTML checker (the `vnu-jar`
 * package's vnu.jar), in one Java run. It catches what html-validate does not, such as a script
 * after `</html>` (issue 17). Prints each error as "file:line:column: message" and exits 1 on
 * any. Run by `npm test` after the build. Option: --dist FOLDER (default dist).
 *
 * Java runs the jar directly: the package's own launcher would download a JDK when Java is
 * missing (its install script, which npm does not run here), and we want no downloads and a
 * clear message instead.
 */
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const DIST = path.resolve(values.dist);

if (!existsSync(DIST)) {
  console.error(`No ${values.dist}/ folder: run \`npm run build\` before the Nu check.`);
  process.exit(1);
}
const files = htmlPagesUnder(DIST).map(({ file }) => path.join(DIST, file));
if (files.length === 0) {
  console.error(`No HTML pages in ${values.dist}/: run \`npm run build\` first.`);
  process.exit(1);
}

const jar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar')),
  'build/dist/vnu.jar',
);
if (!existsSync(jar)) {
  console.error(`No vnu.jar at ${jar}: run \`npm ci\`.`);
  process.exit(1);
}

const run = spawnSync(
  'java',
  ['-jar', jar, '--errors-only', '--no-langdetect', '--format', 'json', ...files],
  // The report can be large when many pages share an error (about 1 MB for 2,000 messages).
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (javaMissing(run.error)) {
  console.error(JAVA_HINT);
  process.exit(1);
}
if (run.error) throw run.error;

// The checker writes its JSON report to stderr.
const errors = nuErrors(parseNuReport(run.stderr), DIST);
if (errors.length > 0) {
  for (const error of errors) console.error(formatNuError(error));
  const pages = new Set(errors.map((error) => error.file)).size;
  console.error(
    `\nNu HTML checker: ${errors.length} error${errors.length === 1 ? '' : 's'} on ${pages} of ${files.length} pages.`,
  );
  process.exit(1);
}
console.log(`Nu HTML checker: no errors on ${files.length} page${files.length === 1 ? '' : 's'}.`);
