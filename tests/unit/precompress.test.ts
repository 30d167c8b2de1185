import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  brotliQualityFor,
  precompress as precompressWith,
  type PrecompressOptions,
} from '../../src/integrations/deploy-files/precompress.ts';

const precompress = (root: string, cache: string, options: Partial<PrecompressOptions> = {}) =>
  precompressWith(root, cache, { quality: 5, ...options });

let folder: string;
let root: string;
let cache: string;

const page = (text: string) => `<!doctype html><p>${`${text} `.repeat(400)}</p>`;

function write(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'precompress-'));
  root = path.join(folder, 'dist');
  cache = path.join(folder, 'cache');
  write({
    'index.html': page('home'),
    'articles/a/index.html': page('deadlift'),
    'tiny.txt': 'too small to be worth compressing',
    'og/card.png': 'not text'.repeat(200),
  });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes .br and .gz beside compressible files that decompress to the original', async () => {
    const totals = await precompress(root, cache);
    expect(totals).toMatchObject({ files: 2, fromCache: 0 });
    for (const name of ['index.html', 'articles/a/index.html']) {
      const original = readFileSync(path.join(root, name), 'utf8');
      expect(brotliDecompressSync(readFileSync(path.join(root, `${name}.br`))).toString()).toBe(
        original,
      );
      expect(gunzipSync(readFileSync(path.join(root, `${name}.gz`))).toString()).toBe(original);
    }
    expect(readdirSync(root)).not.toContain('tiny.txt.br');
    expect(readdirSync(path.join(root, 'og'))).toEqual(['card.png']);
  });

  it('takes unchanged files from the cache and compresses only what changed', async () => {
    await precompress(root, cache);
    const firstBrotli = readFileSync(path.join(root, 'index.html.br'));
    rmSync(path.join(root, 'index.html.br'));
    rmSync(path.join(root, 'index.html.gz'));
    write({ 'articles/a/index.html': page('squat') });

    const totals = await precompress(root, cache);
    expect(totals).toMatchObject({ files: 2, fromCache: 1 });
    expect(readFileSync(path.join(root, 'index.html.br'))).toEqual(firstBrotli);
    expect(
      brotliDecompressSync(readFileSync(path.join(root, 'articles/a/index.html.br'))).toString(),
    ).toBe(page('squat'));
  });

  it('keeps only the entries the last build used, so the cache does not grow', async () => {
    await precompress(root, cache);
    expect(readdirSync(cache)).toHaveLength(4);
    write({ 'articles/a/index.html': page('squat') });
    await precompress(root, cache);
    expect(readdirSync(cache)).toHaveLength(4);
  });

  it.each([
    ['truncated', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['empty', (file: string) => writeFileSync(file, '')],
    ['of another file', (file: string) => writeFileSync(file, brotliCompressSync('other text'))],
  ])(
    'compresses again, with a note, when a cached .br is %s, and never ships it',
    async (_, damage) => {
      await precompress(root, cache);
      const key = createHash('sha256')
        .update(readFileSync(path.join(root, 'index.html')))
        .digest('hex');
      damage(path.join(cache, `${key}.br`));
      const notes: string[] = [];

      const totals = await precompress(root, cache, { onNote: (note) => notes.push(note) });
      expect(totals).toMatchObject({ files: 2, fromCache: 1, rebuilt: 1 });
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(
        /^cached compressed copy of index\.html is damaged \(.+\); compressing it again$/,
      );
      for (const copy of [path.join(root, 'index.html.br'), path.join(cache, `${key}.br`)])
        expect(brotliDecompressSync(readFileSync(copy)).toString()).toBe(page('home'));
    },
  );

  it('checks the cached .gz too', async () => {
    await precompress(root, cache);
    const gz = readdirSync(cache).filter((name) => name.endsWith('.gz'));
    for (const name of gz) writeFileSync(path.join(cache, name), '');
    const totals = await precompress(root, cache);
    expect(totals).toMatchObject({ fromCache: 0, rebuilt: 2 });
    expect(gunzipSync(readFileSync(path.join(root, 'index.html.gz'))).toString()).toBe(
      page('home'),
    );
  });

  it('leaves no temporary file in the cache or beside the pages', async () => {
    await precompress(root, cache);
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('uses the quality it is given, and refuses one brotli does not have', async () => {
    const fast = (await precompress(root, cache, { quality: 1 })).br;
    const small = (await precompress(root, path.join(folder, 'cache-11'), { quality: 11 })).br;
    expect(small).toBeLessThan(fast);
    await expect(precompress(root, cache, { quality: 12 })).rejects.toThrow(/quality 12/);
  });
});

describe('brotliQualityFor', () => {
  it('is 11 only for a release build, 5 for every other build', () => {
    expect(brotliQualityFor('release')).toBe(constants.BROTLI_MAX_QUALITY);
    for (const kind of [undefined, '', 'preview', 'ci', 'Release'])
      expect(brotliQualityFor(kind)).toBe(5);
  });
});
