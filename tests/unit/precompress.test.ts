import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompress } from '../../src/integrations/deploy-files/precompress.ts';

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
});
