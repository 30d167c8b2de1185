import path from 'node:path';
import { parseArgs } from 'node:util';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { htmlPagesUnder } from '../lib/dist.ts';

/**
 * `npm run check:html`: every page of the build through html-validate with the project's
 * .htmlvalidate.mjs (the recommended rules, less two about style). Run by `npm test` after the
 * build. Option: --dist FOLDER (default dist).
 */
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const DIST = path.resolve(values.dist);

const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = htmlPagesUnder(DIST).map(({ file }) => path.join(DIST, file));
const report = await validator.validateMultipleFiles(files);
if (!report.valid) {
  console.error(formatterFactory('stylish')(report.results));
  process.exit(1);
}
console.log(`HTML valid: ${files.length} pages.`);
