// `npm run check:repetition` (and a stage of `npm test`, after the build): reports every
// ten-word phrase that three or more built pages share, with the pages, and exits 1 if there is
// one. Each fact has one owner page; the others give a clause and a link (issue 18).
//   --min-pages N   report phrases shared by N or more pages instead (information only: with
//                   N below 3 the exit code still reflects the three-page rule)
// Reads dist/, so run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ui } from '../../src/ui.ts';
import {
  MIN_PAGES,
  PHRASE_WORDS,
  mainTextBlocks,
  mergeIntoPassages,
  sharedPhrases,
  type PageText,
} from './repetition-core.ts';

const DIST = 'dist';

/**
 * The page kinds whose writing is compared: one page per article, exercise, program and topic
 * (dist/<section>/<slug>/index.html). Deeper pages, such as the exercise filters by equipment
 * and level, are generated lists with no prose of their own.
 */
const SECTIONS = ['articles', 'exercises', 'exercises/for', 'programs', 'topics'];

/** Every fixed string of src/ui.ts (nested groups included; templates with slots are skipped). */
function interfaceStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(interfaceStrings);
  return [];
}

function readPages(): PageText[] {
  if (!existsSync(DIST)) {
    console.error('No dist/ folder: run `npm run build` before the repetition check.');
    process.exit(2);
  }
  const fixedTexts = interfaceStrings(ui);
  return SECTIONS.flatMap((section) => {
    const folder = path.join(DIST, section);
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(folder, entry.name, 'index.html'))
      .filter((file) => existsSync(file))
      .map((file) => ({
        page: `/${path.relative(DIST, path.dirname(file)).split(path.sep).join('/')}/`,
        blocks: mainTextBlocks(readFileSync(file, 'utf8'), fixedTexts),
      }));
  });
}

function minPagesArgument(): number {
  const index = process.argv.indexOf('--min-pages');
  if (index === -1) return MIN_PAGES;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 2) {
    console.error('--min-pages takes a whole number of 2 or more, for example --min-pages 2');
    process.exit(2);
  }
  return value;
}

const pages = readPages();
const minPages = minPagesArgument();
const shared = sharedPhrases(pages, { minPages });
const passages = mergeIntoPassages(shared);
for (const { phrase, pages: seenOn } of passages) {
  console.log(`"${phrase}"\n  on ${seenOn.length} pages: ${seenOn.join(', ')}`);
}
const overLimit = shared.filter((entry) => entry.pages.length >= MIN_PAGES).length;
console.log(
  `${pages.length} pages read; ${shared.length} ${PHRASE_WORDS}-word phrases on ${minPages} or more pages` +
    ` (${passages.length} passages).`,
);
if (overLimit > 0) {
  console.error(
    `${overLimit} ${PHRASE_WORDS}-word phrases appear on ${MIN_PAGES} or more pages. Keep the fact on` +
      ' the page that owns it (the editorial plan, section 1.2) and give the others one clause and a' +
      ' link, or reword.',
  );
  process.exit(1);
}
