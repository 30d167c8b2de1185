import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import nodePath from 'node:path';
import { parseArgs } from 'node:util';
import { scaffold, SCAFFOLD_KINDS, type ScaffoldKind } from './scaffold.ts';

/** `npm run new -- article "Title"` (or exercise, program): writes a valid draft to content/. */
const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const [kind, ...titleWords] = positionals;
const title = titleWords.join(' ').trim();
const kinds = Object.keys(SCAFFOLD_KINDS).join(', ');

if (!kind || !(kind in SCAFFOLD_KINDS) || !title) {
  console.error(`Usage: npm run new -- <${kinds.replaceAll(', ', '|')}> "Title"`);
  process.exit(2);
}

const today = new Date().toISOString().slice(0, 10);
const { path, text } = scaffold(kind as ScaffoldKind, title, today);
// An article may be .md or .mdx: either one with this slug is the same entry.
const slug = nodePath.basename(path).replace(/\.mdx?$/, '');
const folder = nodePath.dirname(path);
const taken = existsSync(folder)
  ? readdirSync(folder).find((name) => name.replace(/\.mdx?$/, '') === slug)
  : undefined;
if (taken) {
  console.error(`${folder}/${taken} already exists; choose another title or edit that file.`);
  process.exit(1);
}
writeFileSync(path, text);
console.log(`Created ${path} (a draft). Fill in the TODOs, then preview with npm run dev.`);
