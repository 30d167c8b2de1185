import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatContentProblem } from '../../src/lib/content-errors';
import {
  heroImagePath,
  isInsideFolder,
  unclosedFrontMatter,
} from '../../src/lib/front-matter-checks';
import { lineAndColumn, referencesFileProblems } from '../../src/lib/references-file';
import { referenceSchema } from '../../src/schemas/reference';

const FILE = 'content/references.json';
const real = readFileSync(FILE, 'utf8');
const validate = (entry: unknown) => {
  const result = referenceSchema.safeParse(entry);
  return result.success ? [] : result.error.issues;
};
const messages = (source: string) =>
  referencesFileProblems(source, FILE, validate).map(formatContentProblem);

describe('content/references.json, read before Astro', () => {
  it('accepts the vetted file', () => {
    expect(messages(real)).toEqual([]);
  });

  it('names the file, line and column of a JSON syntax error', () => {
    // A missing comma after the first entry's "id" line.
    const broken = real.replace(/("id": "[^"]+"),/, '$1');
    const [message, ...rest] = messages(broken);
    expect(rest).toEqual([]);
    expect(message).toMatch(
      /^content\/references\.json:4: JSON: is not valid JSON at line 4, column 5 \(.+\)\. Valid: a JSON array of reference objects/,
    );
  });

  it('names the end of the file when the JSON stops early', () => {
    const cut = real.slice(0, 200);
    const { line, column } = lineAndColumn(cut, cut.length);
    expect(messages(cut)[0]).toContain(`is not valid JSON at line ${line}, column ${column}`);
  });

  it('stops on a repeated id, naming both entries', () => {
    const entries = JSON.parse(real) as { id: string; title: string }[];
    const copy = { ...entries[0]!, title: 'Another paper' };
    const source = JSON.stringify([...entries.slice(0, 3), copy], null, 2);
    const firstLine =
      source.split('\n').findIndex((text) => text.includes(`"id": "${copy.id}"`)) + 1;
    const lastLine =
      source.split('\n').findLastIndex((text) => text.includes(`"id": "${copy.id}"`)) + 1;
    expect(messages(source)).toEqual([
      `${FILE}:${lastLine}: [3].id "${copy.id}": is the id of two entries, number 1 (line ${firstLine}) and number 4 (line ${lastLine}); the second would silently replace the first, so articles citing "${copy.id}" would cite the wrong source. Valid: one entry per id: remove the copy, or give the new source its own id (author-year plus a letter, as in "smith-2020b").`,
    ]);
  });

  it('reports each entry against the schema with its line, all at once', () => {
    const entries = JSON.parse(real) as Record<string, unknown>[];
    entries[1] = { ...entries[1], url: 'javascript:alert(1)' };
    entries[2] = { ...entries[2], doi: `doi:${String(entries[2]!.doi)}` };
    const source = JSON.stringify(entries, null, 2);
    const lineOfId = (id: unknown) =>
      source.split('\n').findIndex((text) => text.includes(`"id": "${String(id)}"`)) + 1;
    expect(messages(source)).toEqual([
      `${FILE}:${lineOfId(entries[1]!.id)}: [1].url (${String(entries[1]!.id)}) "javascript:alert(1)": must be an https: address (no http:, javascript: or other schemes).`,
      `${FILE}:${lineOfId(entries[1]!.id)}: [1].url (${String(entries[1]!.id)}) "javascript:alert(1)": does not match the DOI ${String(entries[1]!.doi)}: a reference with a DOI links to its resolver. Valid: https://doi.org/${String(entries[1]!.doi)}.`,
      `${FILE}:${lineOfId(entries[2]!.id)}: [2].doi (${String(entries[2]!.id)}) "doi:${String(entries[2]!.doi).slice(4)}": is written with a prefix; write the DOI alone (the URL field holds the link). Valid: ${String(entries[2]!.doi).slice(4)}.`,
    ]);
  });
});

describe('front matter read before Astro', () => {
  it('says when front matter is not closed (instead of every field missing)', () => {
    expect(
      formatContentProblem(
        unclosedFrontMatter('---\ntitle: "x"\n\nBody.\n', 'content/articles/a.mdx')!,
      ),
    ).toBe(
      'content/articles/a.mdx:1: front matter: is not closed: the --- on line 1 has no closing --- line, so no field can be read. Valid: a line with only --- after the last front-matter field, before the text.',
    );
    expect(unclosedFrontMatter('\uFEFF---\ntitle: "x"\n---\n', 'a.mdx')).toBeUndefined();
    expect(unclosedFrontMatter('No front matter.\n', 'a.md')).toBeUndefined();
  });

  it('reads hero.src as YAML does', () => {
    expect(heroImagePath('---\nhero:\n  src: ../../x.jpg # moved\n  alt: "A"\n---\n')).toBe(
      '../../x.jpg',
    );
    expect(heroImagePath('---\ntitle: x\n---\n')).toBeUndefined();
  });

  it('tells whether an image is inside content/', () => {
    expect(isInsideFolder('/site/content/articles/a.jpg', '/site/content')).toBe(true);
    expect(isInsideFolder('/site/src/a.jpg', '/site/content')).toBe(false);
    expect(isInsideFolder('/site/content-old/a.jpg', '/site/content')).toBe(false);
    expect(isInsideFolder('/etc/passwd', '/site/content')).toBe(false);
  });
});
